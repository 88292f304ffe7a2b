import type { Passkey, SignedInSession } from '../../../contract/account-security.js';
import { deviceFromUserAgent } from '../../../domain/second-factor/user-agent.js';

export const presentPasskey = (
  row: { id: string; name: string; created_at: Date; last_used_at: Date | null },
  allowedActions: Passkey['allowedActions'],
): Passkey => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  allowedActions,
});

export const presentSession = (
  row: { id: string; public_id: string; ip: string | null; user_agent: string | null; created_at: Date; last_seen_at: Date; second_factor: string | null },
  currentSessionId: string | undefined,
  allowedActions: SignedInSession['allowedActions'],
): SignedInSession => ({
  id: row.public_id,
  device: deviceFromUserAgent(row.user_agent),
  ip: row.ip,
  createdAt: row.created_at.toISOString(),
  lastSeenAt: row.last_seen_at.toISOString(),
  current: row.id === currentSessionId,
  secondFactor: row.second_factor,
  allowedActions,
});
