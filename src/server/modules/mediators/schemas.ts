import { Type } from 'typebox';
import { Email, IsoDate, Nullable, Uuid } from '../../../contract/common.js';
import { LanguageSchema, MediatorKindSchema, MediatorStatusSchema, SpecialismSchema } from './present-mediator.js';

/** Profile fields in request bodies; the commands check what depends on other values. */
export const ProfileBody = {
  department: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
  kind: Type.Optional(MediatorKindSchema),
  specialisms: Type.Optional(Type.Array(SpecialismSchema, { maxItems: 5, uniqueItems: true })),
  languages: Type.Optional(Type.Array(LanguageSchema, { maxItems: 20, uniqueItems: true })),
  mfnRegisterNumber: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 50 }))),
  registrationExpiresOn: Type.Optional(Nullable(IsoDate)),
  upkeepCycleStart: Type.Optional(Nullable(IsoDate)),
  maxConcurrentCases: Type.Optional(Type.Integer({ minimum: 0, maximum: 50 })),
  hoursPerMonth: Type.Optional(Type.Integer({ minimum: 0, maximum: 200 })),
};

export const CreateMediatorBody = {
  userId: Type.Optional(Uuid),
  invite: Type.Optional(Type.Object({ email: Email, name: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false })),
  municipalityId: Type.Optional(Uuid),
  status: Type.Optional(MediatorStatusSchema),
  statusNote: Type.Optional(Type.String({ maxLength: 1000 })),
  ...ProfileBody,
};

export const UpdateMediatorBody = {
  municipalityId: Type.Optional(Uuid),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  ...ProfileBody,
};
