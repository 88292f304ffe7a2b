/** Dutch labels of the case fields the reports group by. */
export const CASE_TYPE_LABELS: Record<string, string> = {
  employment: 'arbeidsconflict',
  citizen_government: 'burger–overheid',
  neighbours: 'buren',
  group: 'groep',
  other: 'overig',
};

export const SOURCE_LABELS: Record<string, string> = {
  hr: 'HR',
  manager: 'leidinggevende',
  complaints_officer: 'klachtfunctionaris',
  objections_officer: 'bezwaarbehandelaar',
  party: 'partij zelf',
  police: 'politie',
  housing_corporation: 'woningcorporatie',
  other: 'overig',
};

export const ROUTE_LABELS: Record<string, string> = {
  formal_mediation: 'formele mediation',
  process_facilitator: 'procesbegeleider (informele aanpak)',
  neighbourhood_mediation: 'buurtbemiddeling',
  coaching: 'coaching',
  group_mediation: 'groepsmediation',
  external_mediator: 'externe mediator',
  refer_elsewhere: 'doorverwezen',
  not_suitable: 'niet geschikt',
  none: 'nog niet beoordeeld',
};

/** Routes that mean: not taken on by the pool. */
export const ROUTES_NOT_TAKEN = ['refer_elsewhere', 'not_suitable'];

export const MEDIATOR_STATUS_LABELS: Record<string, string> = {
  active: 'actief',
  in_training: 'in opleiding',
  dormant: 'slapend',
  inactive: 'inactief',
  left: 'vertrokken',
};
