import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import type { SessionAction } from '../../../contract/auth.js';
import { RequireAction } from '../../app/require-auth.js';
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

const only = (area: SessionAction, element: ReactElement) => <RequireAction action={area}>{element}</RequireAction>;

/**
 * The registry's pages (signed in), each opened by an area of the session (the owning module's
 * policy, sent with the session). Everyone in the pool sees the municipalities and the
 * mediators; administrators and coordinators keep them; the mediator has a page of their own.
 */
export const registryRoutes: RouteObject[] = [
  { path: '/register', element: <RegistryHomePage /> },
  { path: '/register/instellingen', element: only('pool-settings.read', <SettingsPage />) },
  { path: '/register/gemeenten', element: <MunicipalitiesPage /> },
  { path: '/register/gemeenten/toevoegen', element: only('registry.manage', <MunicipalityAddPage />) },
  { path: '/register/gemeenten/:municipalityId', element: only('registry.manage', <MunicipalityEditPage />) },
  { path: '/register/mediators', element: <MediatorsPage /> },
  { path: '/register/mediators/nieuw', element: only('registry.manage', <MediatorCreatePage />) },
  { path: '/register/mediators/:mediatorId', element: <MediatorDetailPage /> },
  { path: '/register/mediators/:mediatorId/wijzigen', element: only('registry.manage', <MediatorEditPage />) },
  { path: '/register/mediators/:mediatorId/status', element: only('registry.manage', <MediatorStatusPage />) },
  { path: '/register/gezondheid', element: only('registry.health', <PoolHealthPage />) },
  { path: '/register/import-export', element: only('registry.csv', <CsvPage />) },
  { path: '/mijn-beschikbaarheid', element: only('registry.own', <MyAvailabilityPage />) },
];
