import { Type, type Static } from 'typebox';
import { Nullable, Obj, Uuid } from './common.js';

/** The pool module's contract: the pool's public branding and its member municipalities in short. */

/** What one may do with the pool itself (policy.ts answers per pool); the branding is public. */
export const POOL_ACTIONS = ['read-members'] as const;
export type PoolAction = (typeof POOL_ACTIONS)[number];

/** The problem codes (slugs) the pool module answers with: none of its own. */
export const POOL_PROBLEMS = [] as const;

export const BrandingSchema = Obj({
  name: Type.String(),
  colour: Type.String(),
  contact: Obj({ email: Nullable(Type.String()), phone: Nullable(Type.String()) }, { description: 'Waar partijen en gebruikers met vragen terechtkunnen' }),
});
export type Branding = Static<typeof BrandingSchema>;

export const MemberMunicipalitySchema = Obj({ id: Uuid, code: Type.String(), name: Type.String(), memberSince: Type.String(), memberUntil: Nullable(Type.String()) });
export type MemberMunicipality = Static<typeof MemberMunicipalitySchema>;
export const MemberMunicipalityListSchema = Obj({ items: Type.Array(MemberMunicipalitySchema) });
export type MemberMunicipalityList = Static<typeof MemberMunicipalityListSchema>;
