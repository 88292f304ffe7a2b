/**
 * Accounts of the pool: administrators list, read and change them. Others use the account
 * presentation (the session's and profile's user), the address and municipality checks that an
 * invitation makes, and the users policy (for the session's allowed actions).
 */
export { userRoutes } from './routes.js';
export { canUsers, type UsersObject } from './policy.js';
export { presentUser } from './present-user.js';
export { findUser, emailTaken, isPoolMunicipality, endAllSessions } from './repository.js';
