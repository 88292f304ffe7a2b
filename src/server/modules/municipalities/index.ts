/**
 * Member municipalities and the reference list of all municipalities: their routes, and what the
 * CSV import/export uses (the member rules, the list query and the add/update commands).
 */
export { municipalityRoutes } from './routes.js';
export { memberInputProblems, type MemberInput } from './member-rules.js';
export { selectMembers } from './repository.js';
export { addMemberMunicipality } from './commands/add-member-municipality.js';
export { updateMemberMunicipality } from './commands/update-member-municipality.js';
