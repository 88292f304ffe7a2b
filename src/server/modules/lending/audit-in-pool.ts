import type { AuditContext } from '../../audit/write-audit.js';

/**
 * The audit context for a row in another pool's log: an act between two pools (an agreement, a
 * loan) is written in both pools' audit logs. writeAudit takes the pool from the actor when there
 * is one, so the actor's pool is replaced too (the actor stays who they are).
 */
export const auditInPool = (ctx: AuditContext, poolId: string): AuditContext => ({ ...ctx, poolId, actor: ctx.actor ? { ...ctx.actor, poolId } : null });
