import { listMemberMunicipalities } from '../../api/users.js';
import { useQuery } from '../../hooks/use-query.js';

/** The pool's member municipalities, for the municipality choices and filters of cases. */
export function useMemberMunicipalities(enabled = true) {
  return useQuery(() => (enabled ? listMemberMunicipalities().then((r) => r.items) : Promise.resolve([])), [enabled]);
}
