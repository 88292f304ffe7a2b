import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { MUNICIPALITY_OBJECT_ACTIONS, type Municipality } from '../../../contract/municipalities.js';
import { canMunicipality } from './policy.js';

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

export const presentMunicipality = (m: MemberRow, actor: Actor, today: string, contacts: ContactRow[]): Municipality => {
  const object = { poolId: actor.poolId, municipalityId: m.id };
  const showEmail = canMunicipality(actor, 'read-contact-details', object);
  return {
    id: m.id,
    code: m.code,
    name: m.name,
    province: m.province,
    latitude: m.lat,
    longitude: m.lon,
    memberSince: m.member_since,
    memberUntil: m.member_until,
    currentMember: m.member_since <= today && (m.member_until === null || m.member_until >= today),
    contactPersons: contacts.filter((c) => c.municipality_id === m.id).map((c) => ({ id: c.id, name: c.name, email: showEmail ? c.email : null })),
    allowedActions: allowedActions(canMunicipality, actor, object, MUNICIPALITY_OBJECT_ACTIONS),
  };
};
