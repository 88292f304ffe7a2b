import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { findReferenceMunicipality } from '../../../reference-data/municipalities.js';
import type { CreatePoolInput, PoolCreated } from '../../../../contract/network.js';
import { createInvitation } from '../../invitations/index.js';
import { canNetwork } from '../policy.js';
import { addPoolMunicipality, insertPool, listPools, poolNameTaken } from '../repository.js';
import { presentPlatformPool } from '../present-pools.js';

/**
 * The platform administrator creates a pool with its municipalities (from the CBS list) and invites
 * its first administrator: the invitations module's single-use link, by mail. An address that
 * already has an account (in another pool) is invited too: accepting adds the new pool to it.
 */
export async function createPool(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: CreatePoolInput & { baseUrl: string }): Promise<PoolCreated> {
  ensureCan(canNetwork, actor, 'create-pool', {}, 'collection');
  const name = input.name.trim();
  if (!name) throw invalidField('name', 'required', 'Vul de naam van de pool in.');
  const refs = (input.municipalityCodes ?? []).map((code) => ({ code, ref: findReferenceMunicipality(code) }));
  const unknown = refs.find((r) => !r.ref);
  if (unknown) throw invalidField('municipalityCodes', 'unknown', `${unknown.code} staat niet in de CBS-lijst van gemeenten.`);
  if (await poolNameTaken(trx, name)) throw conflict('Er bestaat al een pool met deze naam. Kies een andere naam.', 'pool-name-taken');

  const pool = await insertPool(trx, { name, colour: input.colour });
  for (const { ref } of refs) await addPoolMunicipality(trx, pool.id, ref!);
  await writeAudit(trx, ctx, { action: 'pool.create', objectType: 'pool', objectId: pool.id, detail: { name, municipalities: refs.map((r) => r.code) } });
  const poolCtx = { ...ctx, poolId: pool.id };
  await writeAudit(trx, poolCtx, { action: 'pool.create', objectType: 'pool', objectId: pool.id, detail: { name, municipalities: refs.map((r) => r.code) } });

  const { invitation, link } = await createInvitation(trx, poolCtx, {
    poolId: pool.id,
    email: input.firstAdmin.email,
    name: input.firstAdmin.name,
    roles: ['admin'],
    municipalityId: null,
    invitedBy: { userId: actor.userId, name: actor.name },
    baseUrl: input.baseUrl,
  });
  const [row] = await listPools(trx, pool.id);
  return {
    pool: presentPlatformPool(row!),
    invitation: { id: invitation.id, acceptUrl: link, expiresAt: invitation.expires_at.toISOString() },
  };
}
