import { ROLES, type Role } from '../../../domain/roles.js';
import type { Messages } from '../../i18n/nl.js';

/** "Coördinator, Mediator": roles in the fixed order of ROLES, in the current language. */
export const roleList = (roles: readonly Role[], t: Messages) =>
  ROLES.filter((r) => roles.includes(r))
    .map((r) => t.roles[r])
    .join(', ');
