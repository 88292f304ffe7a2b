import type { Role } from '../../domain/roles.js';

/** The demo pool from the source texts: the Meppel covenant (since 2013). */
export const DEMO_POOL = { name: 'Mediatorpool Meppel en omstreken', colour: '#154273' };
export const DEMO_MUNICIPALITY_CODES = ['GM0119', 'GM1708', 'GM1701', 'GM0180', 'GM1896'] as const;
export const DEMO_PASSWORD = 'demo-mediatorpool';

export interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
  municipalityCode: (typeof DEMO_MUNICIPALITY_CODES)[number];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'beheerder@mediatorpool.example', name: 'Anouk de Boer', roles: ['admin'], municipalityCode: 'GM0119' },
  { email: 'coordinator@mediatorpool.example', name: 'Hans Koster', roles: ['coordinator'], municipalityCode: 'GM0119' },
  { email: 'contact.meppel@mediatorpool.example', name: 'Fatima El Amrani', roles: ['contact'], municipalityCode: 'GM0119' },
  { email: 'contact.staphorst@mediatorpool.example', name: 'Gert Mulder', roles: ['contact'], municipalityCode: 'GM0180' },
  { email: 'mediator@mediatorpool.example', name: 'Ingrid Bakker', roles: ['mediator'], municipalityCode: 'GM1708' },
  { email: 'financien@mediatorpool.example', name: 'Wim Jansen', roles: ['finance'], municipalityCode: 'GM0119' },
];
