/** The routes the front door can advise, and their public contacts (data/routes-elsewhere.md). */
export const FRONT_DOOR_ROUTES = [
  'pool_mediation',
  'informal_approach',
  'neighbourhood_mediation',
  'independent_mediator',
  'legal_advice',
  'police_or_veilig_thuis',
  'crisis_help',
  'discrimination_desk',
  'care_first',
] as const;
export type FrontDoorRoute = (typeof FRONT_DOOR_ROUTES)[number];

export const isFrontDoorRoute = (v: unknown): v is FrontDoorRoute => typeof v === 'string' && (FRONT_DOOR_ROUTES as readonly string[]).includes(v);

/** Routes run by the pool itself: a self-referral lands in its intake. */
export const POOL_FRONT_DOOR_ROUTES: readonly FrontDoorRoute[] = ['pool_mediation', 'informal_approach'];

export interface RouteContact {
  readonly name: string;
  readonly url: string | null;
  readonly phone: string | null;
}

/**
 * Public contacts of the services outside the pool, as publicly known in 2026 (the reference
 * list in the domain brief's data). Emergencies: 112 always comes first on the advice page.
 */
export const ROUTE_CONTACTS: Readonly<Partial<Record<FrontDoorRoute, readonly RouteContact[]>>> = {
  neighbourhood_mediation: [{ name: 'Buurtbemiddeling (CCV)', url: 'https://www.problemenmetjeburen.nl', phone: null }],
  independent_mediator: [{ name: 'MfN-register: vind een mediator', url: 'https://www.mfnregister.nl', phone: null }],
  legal_advice: [{ name: 'Het Juridisch Loket', url: 'https://www.juridischloket.nl', phone: '0900-8020' }],
  police_or_veilig_thuis: [
    { name: 'Alarmnummer (spoed)', url: null, phone: '112' },
    { name: 'Politie (geen spoed)', url: 'https://www.politie.nl', phone: '0900-8844' },
    { name: 'Veilig Thuis', url: 'https://www.veiligthuis.nl', phone: '0800-2000' },
  ],
  crisis_help: [
    { name: 'Alarmnummer (spoed)', url: null, phone: '112' },
    { name: '113 Zelfmoordpreventie', url: 'https://www.113.nl', phone: '0800-0113' },
  ],
  discrimination_desk: [{ name: 'Antidiscriminatievoorziening', url: 'https://www.discriminatie.nl', phone: null }],
};
