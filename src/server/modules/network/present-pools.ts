import type { PlatformPool } from '../../../contract/network.js';
import type { listPools } from './repository.js';

type PoolRow = Awaited<ReturnType<typeof listPools>>[number];

export const presentPlatformPool = (p: PoolRow): PlatformPool => ({
  id: p.id,
  name: p.name,
  colour: p.colour,
  createdAt: p.created_at.toISOString(),
  municipalities: p.municipalities,
  members: Number(p.members),
  administrators: Number(p.administrators),
  openAdminInvitations: Number(p.open_admin_invitations),
});
