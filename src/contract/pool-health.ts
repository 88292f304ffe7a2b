import { Type, type Static } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from './common.js';
import { MediatorKindSchema, MediatorStatusSchema, MunicipalityRefSchema } from './mediators.js';

/** The pool-health module's contract: the health overview and the wake-up mails to dormant mediators. */

/** What one may do with the pool's health (policy.ts answers per pool). */
export const POOL_HEALTH_ACTIONS = ['read'] as const;
export type PoolHealthAction = (typeof POOL_HEALTH_ACTIONS)[number];

/** The problem codes (slugs) the pool-health module answers with. */
export const POOL_HEALTH_PROBLEMS = ['not-dormant', 'recently-sent'] as const;

export const PoolHealthSchema = Obj({
  asOf: IsoDate,
  totals: Obj({ active: Type.Integer(), inTraining: Type.Integer(), dormant: Type.Integer(), activeProcessFacilitators: Type.Integer(), freeCases: Type.Integer() }),
  municipalities: Type.Array(
    Obj({
      id: Uuid,
      code: Type.String(),
      name: Type.String(),
      active: Type.Integer({ description: 'Actieve mediators' }),
      inTraining: Type.Integer(),
      dormant: Type.Integer(),
      activeProcessFacilitators: Type.Integer(),
      awayToday: Type.Integer({ description: 'Actieven die vandaag afwezig zijn' }),
      freeCapacity: Obj({ cases: Type.Integer(), hoursPerMonth: Type.Integer() }),
      withoutActiveMediator: Type.Boolean(),
    }),
  ),
  municipalitiesWithoutActiveMediator: Type.Array(MunicipalityRefSchema),
  dormantMediators: Type.Array(
    Obj({
      id: Uuid,
      name: Type.String(),
      kind: MediatorKindSchema,
      municipality: Nullable(MunicipalityRefSchema),
      dormantSince: IsoDate,
      lastActivityAt: Nullable(DateTime),
      lastWakeUpAt: Nullable(DateTime),
    }),
  ),
  expiringRegistrations: Type.Array(
    Obj({
      id: Uuid,
      name: Type.String(),
      status: MediatorStatusSchema,
      municipality: Nullable(MunicipalityRefSchema),
      registrationExpiresOn: IsoDate,
      daysLeft: Type.Integer(),
      expired: Type.Boolean(),
    }),
  ),
});
export type PoolHealth = Static<typeof PoolHealthSchema>;

export const WakeUpSchema = Obj({ id: Uuid, sentAt: DateTime, sentBy: Nullable(Type.String()), message: Nullable(Type.String()) });
export type WakeUp = Static<typeof WakeUpSchema>;
export const WakeUpListSchema = Obj({ items: Type.Array(WakeUpSchema) });
export const WakeUpParams = Obj({ mediatorId: Uuid, wakeUpId: Uuid });
// No body at all is fine too: the message is optional.
export const WakeUpBody = Nullable(Obj({ message: Type.Optional(Type.String({ maxLength: 2000, description: 'Persoonlijke tekst in de e-mail' })) }));
export type WakeUpInput = NonNullable<Static<typeof WakeUpBody>>;
