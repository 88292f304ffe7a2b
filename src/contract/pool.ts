import { Type, type Static } from 'typebox';
import { Nullable, Obj, Uuid } from './common.js';

/** The pool module's contract: the pool's public branding and its member municipalities in short. */

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
