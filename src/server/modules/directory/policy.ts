import type { Policy } from '../../auth/policy.js';
import type { DirectoryAction } from '../../../contract/directory.js';
import { canPoolSettings } from '../pool-settings/index.js';

export type { DirectoryAction };

/** The directory's initiatives as one collection (installation-wide, like the pools), or one pool's own public page. */
export type DirectoryObject = { kind: 'initiatives' } | { kind: 'pool-text'; poolId: string };
export const INITIATIVES: DirectoryObject = { kind: 'initiatives' };
export const poolTextOf = (poolId: string): DirectoryObject => ({ kind: 'pool-text', poolId });

/**
 * The directory is public (its reads check nothing: no sign-in, nothing personal, the figures under
 * the small-number rule). Adding, changing and removing initiatives is the platform
 * administrator's, the installation-wide role that also creates pools (ADR 0022). A pool's own
 * words on its public page follow the pool's settings, whose contact it shows: whoever reads the
 * settings reads them (administrator, coordinator, finance), whoever changes the settings changes
 * them (the administrator); another pool's page is nobody's to edit here.
 */
export const canDirectory: Policy<DirectoryAction, DirectoryObject> = (actor, action, object) => {
  switch (action) {
    case 'manage-initiatives':
      return object.kind === 'initiatives' && actor.platformAdmin === true;
    case 'read-pool-text':
      return object.kind === 'pool-text' && canPoolSettings(actor, 'read', { poolId: object.poolId });
    case 'edit-pool-text':
      return object.kind === 'pool-text' && canPoolSettings(actor, 'update', { poolId: object.poolId });
  }
};
