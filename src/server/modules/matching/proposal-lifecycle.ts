import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { randomToken, sha256 } from '../../auth/tokens.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { consentRequestMail, proposalUpdateMail } from '../../mail/templates/matching-task-mail.js';
import { checkTransition, MAX_REASON_LENGTH } from '../../../domain/cases/case-transitions.js';
import { SYSTEM_ACTOR } from '../../../domain/cases/actor-context.js';
import { ProblemError } from '../../http/problem.js';
import { guardedStatusUpdate, recordCaseEvent, todayInAmsterdam, lifecycleActor, toPolicyCase, isAssignedMediatorOf } from '../case-status/index.js';
import { coordinatorRecipients, openProposalIds, proposalMediators, proposalParties, type LockedProposal, type ProposalMediatorRow } from './repository/proposals.js';
import { closeOpenProposals, endProposedExternals, excludeMediator, markExternalAssigned, putMediatorOnCase, upsertConsentLink } from './repository/proposal-writes.js';
import { disclosureText } from './proposal-facts.js';
import { loadPoolContact, poolName } from '../pool/index.js';

/** What every act on a proposal needs besides the transaction. */
export interface ActContext {
  readonly ctx: AuditContext & { label?: string };
  readonly baseUrl: string;
}

/** Personal consent links are valid for 14 days. */
export const CONSENT_LINK_DAYS = 14;

/** Status changes the application makes itself are shown in the timeline as by "systeem". */
const systemEvent = (ctx: AuditContext): AuditContext & { label: string } => ({ ...ctx, actor: null, label: 'systeem' });

export const proposalLink = (baseUrl: string, proposalId: string) => `${baseUrl}/voorstellen/${proposalId}`;
export const tasksLink = (baseUrl: string) => `${baseUrl}/taken`;
export const caseLink = (baseUrl: string, caseId: string) => `${baseUrl}/zaken/${caseId}`;
export const consentLink = (baseUrl: string, token: string) => `${baseUrl}/instemming/${token}`;

export const clip = (text: string, max = MAX_REASON_LENGTH) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A progress mail about a proposal to the coordinator who made it (or every coordinator). */
export async function mailCoordinators(trx: Kysely<DB>, act: ActContext, locked: LockedProposal, headline: string, lines: readonly string[]) {
  const pool = await poolName(trx, locked.caseRow.pool_id);
  for (const c of await coordinatorRecipients(trx, locked.caseRow.pool_id, locked.proposal.proposed_by)) {
    const mail = proposalUpdateMail({ name: c.name, poolName: pool, caseNumber: locked.caseRow.number, headline, lines, link: caseLink(act.baseUrl, locked.caseRow.id) });
    await enqueueMail(trx, { poolId: locked.caseRow.pool_id, kind: 'matching.update', to: c.email, ...mail });
  }
}

/** `link`: the case once it is theirs (assigned), else their task list (a closed proposal answers them 404). */
async function mailMediators(trx: Kysely<DB>, act: ActContext, locked: LockedProposal, mediators: readonly ProposalMediatorRow[], headline: string, lines: readonly string[], link: string) {
  const pool = await poolName(trx, locked.caseRow.pool_id);
  for (const m of mediators) {
    if (!m.user_email || m.user_active === false) continue;
    const mail = proposalUpdateMail({ name: m.name, poolName: pool, caseNumber: locked.caseRow.number, headline, lines, link });
    await enqueueMail(trx, { poolId: locked.caseRow.pool_id, kind: 'matching.update', to: m.user_email, ...mail });
  }
}

/**
 * Once every proposed mediator has accepted, each party with an e-mail address gets a personal,
 * single-use link (valid CONSENT_LINK_DAYS days; only its hash is stored). Parties without an
 * address, or who prefer to answer otherwise, are recorded by the coordinator.
 */
export async function sendConsentRequests(trx: Kysely<DB>, act: ActContext, locked: LockedProposal, mediators: readonly ProposalMediatorRow[]) {
  const parties = await proposalParties(trx, locked.proposal.id, locked.caseRow.id);
  const pool = await poolName(trx, locked.caseRow.pool_id);
  const expiresAt = consentLinkExpiry();
  const sentTo: string[] = [];
  for (const party of parties) {
    const email = party.email?.trim();
    if (!email || party.consent_id !== null || party.link_sent_at !== null) continue;
    await mailConsentLink(trx, act, locked, { id: party.id, name: party.name, email }, mediators, pool, expiresAt);
    sentTo.push(party.id);
  }
  const waiting = parties.filter((p) => p.consent_id === null && !sentTo.includes(p.id) && p.link_sent_at === null);
  return { sentTo, withoutLink: waiting };
}

/**
 * Mails one party a fresh personal link. A party has one link per proposal: sending again
 * replaces the token (the old link is then unknown) and restarts the 14 days.
 */
export async function mailConsentLink(
  trx: Kysely<DB>,
  act: ActContext,
  locked: LockedProposal,
  party: { id: string; name: string; email: string },
  mediators: readonly ProposalMediatorRow[],
  poolName: string,
  expiresAt: Date,
) {
  const token = randomToken();
  const mail = consentRequestMail({
    partyName: party.name,
    poolName,
    mediatorNames: mediators.map((m) => m.name),
    hasDisclosure: disclosureText(locked.proposal.disclosure, mediators) !== null,
    link: consentLink(act.baseUrl, token),
    expiresAt,
    contact: await loadPoolContact(trx, locked.caseRow.pool_id),
  });
  const mailId = await enqueueMail(trx, { poolId: locked.caseRow.pool_id, kind: 'matching.consent-request', to: party.email, ...mail });
  await upsertConsentLink(trx, { poolId: locked.caseRow.pool_id, proposalId: locked.proposal.id, partyId: party.id, tokenHash: sha256(token), expiresAt, mailId });
}

export const consentLinkExpiry = () => new Date(Date.now() + CONSENT_LINK_DAYS * 24 * 3600_000);

/**
 * The last act that completes a proposal (the mediator's acceptance or a party's consent) assigns
 * the case in the same transaction: the system transition proposed → assigned, the mediators on
 * the case (lead and co) or the external mediator, the assignment date, the timeline and the mails.
 * Returns whether the case was assigned.
 */
export async function completeIfReady(trx: Kysely<DB>, act: ActContext, locked: LockedProposal): Promise<boolean> {
  const { proposal, caseRow } = locked;
  const mediators = await proposalMediators(trx, [proposal.id]);
  if (mediators.length === 0 || mediators.some((m) => m.answer !== 'accepted')) return false;
  const parties = await proposalParties(trx, proposal.id, caseRow.id);
  if (parties.length === 0 || parties.some((p) => p.decision !== 'accept')) return false;

  const check = checkTransition('proposed', 'assigned', SYSTEM_ACTOR);
  if (!check.ok) throw new ProblemError(409, 'illegal-transition', 'Deze stap kan niet.', check.error.message);
  await guardedStatusUpdate(trx, caseRow.id, 'proposed', 'assigned', { assigned_on: todayInAmsterdam() });
  const now = new Date();
  for (const m of mediators) {
    if (m.mediator_id !== null) {
      await putMediatorOnCase(trx, { caseId: caseRow.id, mediatorId: m.mediator_id, poolId: caseRow.pool_id, role: m.role, at: now });
    } else if (m.external_mediator_id !== null) {
      await markExternalAssigned(trx, m.external_mediator_id, now);
    }
  }
  await closeOpenProposals(trx, [proposal.id], { status: 'assigned', closedAt: now });
  const names = mediators.map((m) => `${m.name} (${m.role === 'lead' ? 'mediator' : 'co-mediator'})`);
  await recordCaseEvent(trx, systemEvent(act.ctx), {
    poolId: caseRow.pool_id,
    caseId: caseRow.id,
    kind: 'transition',
    fromStatus: 'proposed',
    toStatus: 'assigned',
    reason: 'De mediator heeft de verklaring getekend en alle partijen stemmen in.',
    detail: { proposalId: proposal.id, mediators: names },
  });
  await writeAudit(trx, act.ctx, {
    action: 'case.assign',
    objectType: 'case',
    objectId: caseRow.id,
    detail: { proposalId: proposal.id, mediatorIds: mediators.map((m) => m.mediator_id ?? m.external_mediator_id) },
  });
  const lines = [`Zaak ${caseRow.number} is toegewezen aan ${names.join(' en ')}: de verklaring is getekend en alle partijen stemmen in.`];
  await mailCoordinators(trx, act, locked, 'toegewezen', lines);
  // To the case page: where the mediator plans the sessions and logs the hours from now on.
  await mailMediators(trx, act, locked, mediators, 'toegewezen', [...lines, 'U kunt contact opnemen met de partijen en de mediation plannen.'], caseLink(act.baseUrl, locked.caseRow.id));
  return true;
}

export interface ReturnToMatching {
  readonly proposalStatus: 'declined' | 'refused' | 'withdrawn';
  /** The timeline reason (required for proposed → matching). */
  readonly reason: string;
  /** Mediators who may no longer be proposed for this case, and why. */
  readonly exclude: readonly { mediatorId: string; kind: 'declined' | 'refused_by_party'; reason: string | null }[];
  readonly wantsExternalMediator?: boolean;
  /** Set when a coordinator retracts the proposal; otherwise the system makes the step. */
  readonly coordinator?: Actor;
  /** Who hears about it: the coordinator unless they did it, the mediators except the one who declined. */
  readonly notifyCoordinator: boolean;
  readonly notifyMediators: readonly ProposalMediatorRow[];
  readonly headline: string;
}

/**
 * A decline, a refusal or a withdrawal closes the proposal and returns the case to `matching`
 * (proposed → matching, with the reason), excluding the named mediators for this case from then on.
 */
export async function returnToMatching(trx: Kysely<DB>, act: ActContext, locked: LockedProposal, r: ReturnToMatching): Promise<void> {
  const { proposal, caseRow } = locked;
  const reason = clip(r.reason);
  const actorContext = r.coordinator
    ? lifecycleActor(r.coordinator, toPolicyCase(caseRow), await isAssignedMediatorOf(trx, caseRow.id, r.coordinator.userId))
    : SYSTEM_ACTOR;
  const check = checkTransition('proposed', 'matching', actorContext, reason);
  if (!check.ok) throw new ProblemError(409, check.error.code.replaceAll('_', '-'), 'Deze stap kan niet.', check.error.message);

  const now = new Date();
  for (const e of r.exclude) {
    await excludeMediator(trx, { poolId: caseRow.pool_id, caseId: caseRow.id, mediatorId: e.mediatorId, kind: e.kind, proposalId: proposal.id, reason: e.reason === null ? null : clip(e.reason) });
  }
  await endProposedExternals(trx, [proposal.id], r.proposalStatus === 'withdrawn' ? 'withdrawn' : 'refused');
  await closeOpenProposals(trx, [proposal.id], { status: r.proposalStatus, closedAt: now, reason });
  await guardedStatusUpdate(trx, caseRow.id, 'proposed', 'matching', r.wantsExternalMediator ? { wants_external_mediator: true } : {});
  await recordCaseEvent(trx, r.coordinator ? act.ctx : systemEvent(act.ctx), {
    poolId: caseRow.pool_id,
    caseId: caseRow.id,
    kind: 'transition',
    fromStatus: 'proposed',
    toStatus: 'matching',
    reason,
    detail: { proposalId: proposal.id, proposal: r.proposalStatus, excludedMediatorIds: r.exclude.map((e) => e.mediatorId) },
  });
  const lines = [reason, 'De zaak staat weer op "Mediator zoeken".'];
  if (r.notifyCoordinator) await mailCoordinators(trx, act, locked, r.headline, [...lines, 'Kies een andere mediator.']);
  if (r.notifyMediators.length > 0) await mailMediators(trx, act, locked, r.notifyMediators, 'voorstel vervallen', ['Het voorstel aan u voor deze zaak is vervallen.', reason], tasksLink(act.baseUrl));
}

/** Any proposal of this case still marked open while the case left `proposed` some other way. */
export async function closeStaleProposals(trx: Kysely<DB>, caseId: string, reason: string): Promise<void> {
  const ids = await openProposalIds(trx, caseId);
  if (ids.length === 0) return;
  await closeOpenProposals(trx, ids, { status: 'withdrawn', closedAt: new Date(), reason });
  await endProposedExternals(trx, ids, 'withdrawn');
}
