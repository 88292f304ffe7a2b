import type { Policy } from '../../auth/policy.js';
import type { DirectoryAction } from '../../../contract/directory.js';

export type { DirectoryAction };

/** The directory's initiatives as one collection: installation-wide, like the pools. */
export type DirectoryObject = { kind: 'initiatives' };
export const INITIATIVES: DirectoryObject = { kind: 'initiatives' };

/**
 * The directory is public (its reads check nothing: no sign-in, nothing personal, the figures under
 * the small-number rule). Adding, changing and removing initiatives is the platform
 * administrator's, the installation-wide role that also creates pools (ADR 0022).
 */
export const canDirectory: Policy<DirectoryAction, DirectoryObject> = (actor, action) => {
  switch (action) {
    case 'manage-initiatives':
      return actor.platformAdmin === true;
  }
};
