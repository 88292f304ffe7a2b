import { Type } from 'typebox';
import { IsoDate, Nullable, Obj, Uuid } from '../../../contract/common.js';

export const ContactPersonSchema = Obj({ id: Uuid, name: Type.String(), email: Nullable(Type.String({ description: 'Alleen voor beheer, coördinatie en de eigen gemeente' })) });

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
});

export interface MemberRow {
  id: string;
  code: string;
  name: string;
  province: string | null;
  lat: number | null;
  lon: number | null;
  member_since: string;
  member_until: string | null;
}

export interface ContactRow {
  id: string;
  name: string;
  email: string;
  municipality_id: string | null;
}

export const presentMunicipality = (m: MemberRow, today: string, contacts: ContactRow[], showEmail: (municipalityId: string) => boolean) => ({
  id: m.id,
  code: m.code,
  name: m.name,
  province: m.province,
  latitude: m.lat,
  longitude: m.lon,
  memberSince: m.member_since,
  memberUntil: m.member_until,
  currentMember: m.member_since <= today && (m.member_until === null || m.member_until >= today),
  contactPersons: contacts
    .filter((c) => c.municipality_id === m.id)
    .map((c) => ({ id: c.id, name: c.name, email: showEmail(m.id) ? c.email : null })),
});
