import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../../../domain/roles.js';
import { RequireRole } from '../../app/require-auth.js';
import { CsvPage } from './csv/csv-page.js';
import { PoolHealthPage } from './health/pool-health-page.js';
import { MediatorCreatePage } from './mediators/mediator-create-page.js';
import { MediatorDetailPage } from './mediators/mediator-detail-page.js';
import { MediatorEditPage } from './mediators/mediator-edit-page.js';
import { MediatorStatusPage } from './mediators/mediator-status-page.js';
import { MediatorsPage } from './mediators/mediators-page.js';
import { MunicipalitiesPage } from './municipalities/municipalities-page.js';
import { MunicipalityAddPage } from './municipalities/municipality-add-page.js';
import { MunicipalityEditPage } from './municipalities/municipality-edit-page.js';
import { MyAvailabilityPage } from './own/my-availability-page.js';
import { RegistryHomePage } from './registry-home-page.js';
import { SettingsPage } from './settings/settings-page.js';

const KEEPERS: readonly Role[] = ['admin', 'coordinator'];
const SETTINGS_READERS: readonly Role[] = ['admin', 'coordinator', 'finance'];
const MEDIATORS: readonly Role[] = ['mediator'];
const only = (roles: readonly Role[], element: ReactElement) => <RequireRole roles={roles}>{element}</RequireRole>;

/**
 * The registry's pages (signed in). Everyone in the pool sees the municipalities and the
 * mediators; administrators and coordinators keep them; the mediator has a page of their own.
 */
export const registryRoutes: RouteObject[] = [
  { path: '/register', element: <RegistryHomePage /> },
  { path: '/register/instellingen', element: only(SETTINGS_READERS, <SettingsPage />) },
  { path: '/register/gemeenten', element: <MunicipalitiesPage /> },
  { path: '/register/gemeenten/toevoegen', element: only(KEEPERS, <MunicipalityAddPage />) },
  { path: '/register/gemeenten/:municipalityId', element: only(KEEPERS, <MunicipalityEditPage />) },
  { path: '/register/mediators', element: <MediatorsPage /> },
  { path: '/register/mediators/nieuw', element: only(KEEPERS, <MediatorCreatePage />) },
  { path: '/register/mediators/:mediatorId', element: <MediatorDetailPage /> },
  { path: '/register/mediators/:mediatorId/wijzigen', element: only(KEEPERS, <MediatorEditPage />) },
  { path: '/register/mediators/:mediatorId/status', element: only(KEEPERS, <MediatorStatusPage />) },
  { path: '/register/gezondheid', element: only(KEEPERS, <PoolHealthPage />) },
  { path: '/register/import-export', element: only(KEEPERS, <CsvPage />) },
  { path: '/mijn-beschikbaarheid', element: only(MEDIATORS, <MyAvailabilityPage />) },
];
