import { api } from './client.js';
import type { CreatePoolInput, MyPools, PlatformPoolList, PoolCreated, PoolSwitched } from '../../contract/network.js';

/** The signed-in account's pools, the chosen one marked (the header's pool switcher). */
export const getMyPools = () => api.get<MyPools>('/me/pools');

/** This session chooses another pool of the account. */
export const switchPool = (poolId: string) => api.put<PoolSwitched>('/me/pool', { poolId });

/** Every pool of the installation (platform administrator). */
export const listPlatformPools = () => api.get<PlatformPoolList>('/platform/pools');

export const createPlatformPool = (input: CreatePoolInput) => api.post<PoolCreated>('/platform/pools', input);
