import { Type, type Static } from 'typebox';
import { Email, Nullable, Obj, Role, Uuid, DateTime } from './common.js';

/**
 * Several pools on one installation (issue 15, item 1; ADR 0022): the pools an account belongs to,
 * the pool its session has chosen, and the platform administrator's list of pools.
 */
export const NETWORK_ACTIONS = ['list-own-pools', 'switch-pool', 'list-pools', 'create-pool'] as const;
export type NetworkAction = (typeof NETWORK_ACTIONS)[number];

export const NETWORK_PROBLEMS = ['not-a-member', 'pool-name-taken', 'email-taken'] as const;

export const MyPoolSchema = Obj({
  id: Uuid,
  name: Type.String(),
  colour: Type.String(),
  roles: Type.Array(Role),
  current: Type.Boolean(),
});
export type MyPool = Static<typeof MyPoolSchema>;

export const MyPoolsSchema = Obj({
  items: Type.Array(MyPoolSchema),
  /** The installation-wide role: may list and create pools. */
  platformAdmin: Type.Boolean(),
  /** What the caller may do: switch (a session with more than one pool), list and create pools. */
  allowedActions: Type.Array(Type.Enum(NETWORK_ACTIONS)),
});
export type MyPools = Static<typeof MyPoolsSchema>;

export const SwitchPoolBodySchema = Obj({ poolId: Uuid });
export type SwitchPoolInput = Static<typeof SwitchPoolBodySchema>;

export const PlatformPoolSchema = Obj({
  id: Uuid,
  name: Type.String(),
  colour: Type.String(),
  createdAt: DateTime,
  municipalities: Type.Array(Type.String()),
  members: Type.Integer(),
  administrators: Type.Integer(),
  openAdminInvitations: Type.Integer(),
});
export type PlatformPool = Static<typeof PlatformPoolSchema>;

export const PlatformPoolListSchema = Obj({ items: Type.Array(PlatformPoolSchema), allowedActions: Type.Array(Type.Enum(NETWORK_ACTIONS)) });
export type PlatformPoolList = Static<typeof PlatformPoolListSchema>;

const MunicipalityCode = Type.String({ pattern: '^GM[0-9]{4}$', description: 'CBS-code, bijvoorbeeld GM0344' });

export const CreatePoolBodySchema = Obj({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  colour: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
  municipalityCodes: Type.Optional(Type.Array(MunicipalityCode, { maxItems: 60, uniqueItems: true })),
  firstAdmin: Obj({
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Email,
  }),
});
export type CreatePoolInput = Static<typeof CreatePoolBodySchema>;

export const PoolCreatedSchema = Obj({
  pool: PlatformPoolSchema,
  invitation: Obj({ id: Uuid, acceptUrl: Type.String(), expiresAt: DateTime }),
});
export type PoolCreated = Static<typeof PoolCreatedSchema>;

export const PoolSwitchedSchema = Obj({ poolId: Uuid, name: Nullable(Type.String()) });
export type PoolSwitched = Static<typeof PoolSwitchedSchema>;
