import type { FastifyPluginAsync } from 'fastify';
import { authRoutes } from './auth/routes.js';
import { invitationRoutes } from './invitations/routes.js';
import { userRoutes } from './users/routes.js';
import { profileRoutes } from './profile/routes.js';
import { auditLogRoutes } from './audit-log/routes.js';
import { mailOutboxRoutes } from './mail-outbox/routes.js';
import { poolRoutes } from './pool/routes.js';
import { poolSettingsRoutes } from './pool-settings/routes.js';
import { municipalityRoutes } from './municipalities/routes.js';
import { mediatorRoutes } from './mediators/routes.js';
import { matchingRoutes } from './matching/routes.js';
import { poolHealthRoutes } from './pool-health/routes.js';
import { registryCsvRoutes } from './registry-csv/routes.js';
import { sessionRoutes } from './sessions/routes.js';
import { hoursRoutes } from './hours/routes.js';
import { settlementRoutes } from './settlement/routes.js';
import { outcomeRoutes } from './outcomes/routes.js';

/** Every capability's routes under /api/v1; one line per module. */
export const registerModules: FastifyPluginAsync = async (app) => {
  await app.register(authRoutes);
  await app.register(invitationRoutes);
  await app.register(userRoutes);
  await app.register(profileRoutes);
  await app.register(auditLogRoutes);
  await app.register(mailOutboxRoutes);
  await app.register(poolRoutes);
  await app.register(poolSettingsRoutes);
  await app.register(municipalityRoutes);
  await app.register(mediatorRoutes);
  await app.register(matchingRoutes);
  await app.register(poolHealthRoutes);
  await app.register(registryCsvRoutes);
  await app.register(sessionRoutes);
  await app.register(hoursRoutes);
  await app.register(settlementRoutes);
  await app.register(outcomeRoutes);
};
