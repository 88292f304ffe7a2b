import { Type } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from '../../../contract/common.js';

export const OutcomeEnum = Type.Union(
  [
    Type.Literal('full_agreement'),
    Type.Literal('partial_agreement'),
    Type.Literal('no_agreement'),
    Type.Literal('stopped_by_party'),
    Type.Literal('stopped_by_mediator'),
    Type.Literal('other_party_refused'),
    Type.Literal('referred_on'),
  ],
  { description: 'Uitkomst van de mediation' },
);
export const KeptEnum = Type.Union([Type.Literal('yes'), Type.Literal('partly'), Type.Literal('no')], { description: 'Zijn de afspraken nagekomen?' });

export const OutcomeBody = Obj({
  outcome: OutcomeEnum,
  writtenAgreement: Type.Boolean({ description: 'Is er een schriftelijke vaststellingsovereenkomst?' }),
  shareWithReferrer: Type.Boolean({ description: 'Mogen de partijen de uitkomst (alleen de categorie) met de verwijzer delen?' }),
});

export const OutcomeSchema = Obj({
  caseId: Uuid,
  status: Type.String(),
  concludedOn: Nullable(IsoDate),
  shareWithReferrer: Type.Boolean(),
  outcome: Nullable(OutcomeEnum),
  writtenAgreement: Nullable(Type.Boolean()),
  recordedAt: Nullable(DateTime),
  sessionsHeld: Nullable(Type.Integer({ description: 'Gehouden gesprekken (afgeleid)' })),
  minutesApproved: Nullable(Type.Integer({ description: 'Goedgekeurde minuten (afgeleid)' })),
  minutesSubmitted: Nullable(Type.Integer({ description: 'Ingediende, nog niet beoordeelde minuten (afgeleid)' })),
  aftercare: Nullable(
    Obj({
      dueOn: Nullable(IsoDate),
      agreementsKept: Nullable(KeptEnum),
      note: Nullable(Type.String()),
      recordedAt: Nullable(DateTime),
    }),
  ),
  survey: Nullable(
    Obj(
      {
        firstSentAt: DateTime,
        lastSentAt: DateTime,
        invited: Type.Integer({ description: 'Geldige links (een opnieuw verstuurde link vervangt de vorige)' }),
        answered: Type.Integer({ description: 'Gebruikte links' }),
        pending: Type.Integer({ description: 'Partijen met e-mailadres die opnieuw verstuurd de vraag krijgen' }),
      },
      { description: 'De tevredenheidsvraag aan de partijen; null als die nog niet is verstuurd' },
    ),
  ),
});

export const AftercareBody = Obj({ agreementsKept: KeptEnum, note: Type.Optional(Type.String({ maxLength: 2000 })) });

export const AftercareTaskSchema = Obj({
  caseId: Uuid,
  caseNumber: Type.String(),
  status: Type.String(),
  concludedOn: Nullable(IsoDate),
  dueOn: IsoDate,
  due: Type.Boolean({ description: 'De nazorgdatum is bereikt' }),
  leadMediatorName: Nullable(Type.String({ description: 'De mediator (hoofd) op de zaak; leeg als er geen is' })),
});

const Score = Type.Integer({ minimum: 1, maximum: 5 });
export const SurveyBody = Obj({ process: Score, mediator: Score, outcome: Score, comment: Type.Optional(Type.String({ maxLength: 2000 })) });
export const SurveyTokenParams = Obj({ token: Type.String({ minLength: 1, maxLength: 200 }) });
export const PublicSurveySchema = Obj({ poolName: Type.String(), answered: Type.Boolean() });
