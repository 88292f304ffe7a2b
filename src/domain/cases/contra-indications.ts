/**
 * The triage checklist: signs that mediation by the pool is unlikely to be safe or useful
 * (from the neighbourhood-mediation practice in the domain brief). A checked item does not
 * forbid a pool route, but then the coordinator must write down why mediation is still right.
 */
export const CONTRA_INDICATIONS = [
  'threats_or_intimidation',
  'violence',
  'addiction',
  'psychiatric_no_agreements',
  'crime',
  'discrimination_core_issue',
  'family_dispute',
  'party_refuses_conversation',
  'escalated_beyond_mediation',
] as const;
export type ContraIndication = (typeof CONTRA_INDICATIONS)[number];

export const isContraIndication = (v: unknown): v is ContraIndication =>
  typeof v === 'string' && (CONTRA_INDICATIONS as readonly string[]).includes(v);

export const CONTRA_INDICATION_LABELS: Readonly<Record<ContraIndication, string>> = {
  threats_or_intimidation: 'Bedreiging of intimidatie',
  violence: 'Geweld',
  addiction: 'Verslaving',
  psychiatric_no_agreements: 'Psychiatrische problematiek, zonder vermogen om afspraken te maken en na te komen',
  crime: 'Criminaliteit',
  discrimination_core_issue: 'Discriminatie als kern van het conflict',
  family_dispute: 'Familieconflict',
  party_refuses_conversation: 'Een partij weigert elk gesprek',
  escalated_beyond_mediation: 'Te ver geëscaleerd voor bemiddeling',
};
