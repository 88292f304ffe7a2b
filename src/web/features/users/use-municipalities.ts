import { listMemberMunicipalities } from '../../api/users.js';
import { useQuery } from '../../hooks/use-query.js';

/** The pool's member municipalities, for the municipality choice in user forms. */
export function useMunicipalities() {
  return useQuery(() => listMemberMunicipalities().then((r) => r.items), []);
}
