import { ROLES, type Role } from '../../../domain/roles.js';
import type { CheckboxOption } from '../../components/form-field.js';
import type { Messages } from '../../i18n/nl.js';

/** One checkbox per role, each with a line on what the role does. */
export const roleOptions = (t: Messages): CheckboxOption<Role>[] =>
  ROLES.map((r) => ({ value: r, label: t.roles[r], hint: t.roleDescriptions[r] }));
