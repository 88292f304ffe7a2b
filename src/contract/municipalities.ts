import { Type, type Static } from 'typebox';
import { BoundedDate, IsoDate, Nullable, Obj, PageQuery, Uuid } from './common.js';

/**
 * The municipalities module's contract: the pool's member municipalities (with their contact
 * persons) and the CBS reference list to pick a new member from.
 */

/** What one may do with the member municipalities (policy.ts answers per municipality and per pool). */
export const MUNICIPALITY_ACTIONS = ['list', 'read', 'create', 'update', 'end-membership', 'read-contact-details'] as const;
export type MunicipalityAction = (typeof MUNICIPALITY_ACTIONS)[number];
/** The actions a municipality carries in `allowedActions` (the buttons of its row). */
export const MUNICIPALITY_OBJECT_ACTIONS = ['update', 'end-membership'] as const satisfies readonly MunicipalityAction[];
/** The actions the list carries in `allowedActions` (may add a municipality). */
export const MUNICIPALITY_COLLECTION_ACTIONS = ['create'] as const satisfies readonly MunicipalityAction[];
const MunicipalityActionSchema = Type.Enum(MUNICIPALITY_ACTIONS);

/** The problem codes (slugs) the municipalities module answers with. */
export const MUNICIPALITIES_PROBLEMS = ['duplicate', 'already-ended', 'shared-municipality'] as const;

export const ContactPersonSchema = Obj({ id: Uuid, name: Type.String(), email: Nullable(Type.String({ description: 'Alleen voor beheer, coördinatie en de eigen gemeente' })) });
export type ContactPerson = Static<typeof ContactPersonSchema>;

export const MunicipalitySchema = Obj({
  id: Uuid,
  code: Type.String({ description: 'CBS-code, GM + 4 cijfers' }),
  name: Type.String(),
  province: Nullable(Type.String()),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  memberSince: IsoDate,
  memberUntil: Nullable(IsoDate),
  currentMember: Type.Boolean(),
  contactPersons: Type.Array(ContactPersonSchema),
  allowedActions: Type.Array(MunicipalityActionSchema, { description: 'Wat u nu met deze gemeente mag doen' }),
});
export type Municipality = Static<typeof MunicipalitySchema>;

export const MembershipSchema = Type.Enum(['current', 'former', 'all'] as const, { default: 'all' });
export type Membership = Static<typeof MembershipSchema>;

export const MunicipalityQuerySchema = Obj({
  ...PageQuery,
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Zoek op naam of CBS-code' })),
  membership: Type.Optional(MembershipSchema),
});
export type MunicipalityQuery = Static<typeof MunicipalityQuerySchema>;

export const MunicipalityPageSchema = Obj({
  items: Type.Array(MunicipalitySchema),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  total: Type.Integer(),
  allowedActions: Type.Array(MunicipalityActionSchema, { description: 'Wat u met de lijst mag doen (create: een gemeente toevoegen)' }),
});
export type MunicipalityPage = Static<typeof MunicipalityPageSchema>;

export const MunicipalityParams = Obj({ municipalityId: Uuid });

const Latitude = Type.Number({ minimum: -90, maximum: 90 });
const Longitude = Type.Number({ minimum: -180, maximum: 180 });
const details = {
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  province: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  latitude: Type.Optional(Nullable(Latitude)),
  longitude: Type.Optional(Nullable(Longitude)),
  memberSince: Type.Optional(BoundedDate),
  memberUntil: Type.Optional(Nullable(BoundedDate)),
};
export const MunicipalityDetailsBody = Obj(details);
export type MunicipalityDetails = Static<typeof MunicipalityDetailsBody>;
export const AddMunicipalityBody = Obj({ code: Type.String({ minLength: 1, maxLength: 20 }), ...details });
export type AddMunicipalityInput = Static<typeof AddMunicipalityBody>;
export const EndMembershipBody = Obj({ memberUntil: BoundedDate });
export type EndMembershipInput = Static<typeof EndMembershipBody>;

export const ReferenceMunicipalitySchema = Obj({
  code: Type.String(),
  name: Type.String(),
  province: Type.String(),
  latitude: Type.Number(),
  longitude: Type.Number(),
  member: Type.Boolean({ description: 'Al lid van uw pool' }),
});
export type ReferenceMunicipality = Static<typeof ReferenceMunicipalitySchema>;
export const ReferenceMunicipalityQuery = Obj({
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Zoek op naam, CBS-code of provincie' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 400, default: 400 })),
});
export const ReferenceMunicipalityListSchema = Obj({ listDate: Type.String(), total: Type.Integer(), items: Type.Array(ReferenceMunicipalitySchema) });
export type ReferenceMunicipalityList = Static<typeof ReferenceMunicipalityListSchema>;
