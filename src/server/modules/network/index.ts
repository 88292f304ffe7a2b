/**
 * Several pools on one installation (ADR 0022): the account's pools and the session's chosen pool,
 * and the platform administrator's pools. Others use the policy (for the session's areas).
 */
export { networkRoutes } from './routes.js';
export { canNetwork, type NetworkObject } from './policy.js';
export { seedDemoNetwork, DEMO_NETWORK_ACCOUNTS, DEMO_NETWORK_POOL } from './seed-demo-network.js';
