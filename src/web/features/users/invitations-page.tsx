import { useEffect, useRef, useState } from 'react';
import { listInvitations, revokeInvitation } from '../../api/invitations.js';
import type { Invitation, InvitationStatus } from '../../api/types.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { InviteForm } from './invite-form.js';
import { roleList } from './role-text.js';

const statusTone: Record<InvitationStatus, BadgeTone> = { open: 'active', accepted: 'success', revoked: 'inactive', expired: 'warning' };

const PAGE_SIZE = 25;

export function InvitationsPage() {
  const { t, locale, dateTime } = useI18n();
  const [page, setPage] = useState(1);
  const invitations = useQuery((signal) => listInvitations(page, PAGE_SIZE, signal), [page]);
  const [pending, setPending] = useState<Invitation | null>(null);
  const [revoking, setRevoking] = useState(false);
  const [revokeError, setRevokeError] = useState<string | undefined>(undefined);
  const revoked = useNotice();
  const revokedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (revoked.notice) revokedRef.current?.focus();
  }, [revoked.notice]);

  const onRevoke = async () => {
    if (!pending) return;
    setRevoking(true);
    setRevokeError(undefined);
    try {
      await revokeInvitation(pending.id);
      const who = pending.name;
      setPending(null);
      invitations.reload();
      revoked.show(t.invitations.revoked(who));
    } catch (err) {
      setRevokeError(describeError(err, t, locale));
    } finally {
      setRevoking(false);
    }
  };

  const items = invitations.data?.items ?? [];

  return (
    <Page title={t.invitations.title}>
      <Paragraph>
        <AppLink to="/beheer/gebruikers">
          <span aria-hidden="true">‹ </span>
          {t.invitations.backToUsers}
        </AppLink>
      </Paragraph>
      <Paragraph lead>{t.invitations.intro}</Paragraph>

      <Section id="invite" title={t.invitations.formHeading}>
        <InviteForm onInvited={invitations.reload} />
      </Section>

      <Section id="invitation-list" title={t.invitations.listHeading}>
        {revoked.notice && (
          <Alert type="ok" ref={revokedRef} tabIndex={-1} className="mp-notice">
            <p className="utrecht-paragraph">{revoked.notice}</p>
          </Alert>
        )}
        {invitations.loading && !invitations.data && <Loading />}
        {invitations.error !== undefined && (
          <LoadFailed error={invitations.error} onRetry={invitations.reload} />
        )}
        {invitations.data && items.length === 0 && <EmptyState>{t.invitations.empty}</EmptyState>}
        {items.length > 0 && (
          <Table id="invitations-table" caption={t.invitations.caption}>
            <THead>
              <Th>{t.invitations.columns.name}</Th>
              <Th>{t.invitations.columns.email}</Th>
              <Th>{t.invitations.columns.roles}</Th>
              <Th>{t.invitations.columns.status}</Th>
              <Th>{t.invitations.columns.created}</Th>
              <Th>{t.invitations.columns.expires}</Th>
              <Th>
                <span className="mp-visually-hidden">{t.common.actions}</span>
              </Th>
            </THead>
            <TBody>
              {items.map((inv) => (
                <Tr key={inv.id}>
                  <Th scope="row">{inv.name}</Th>
                  <Td className="mp-break">{inv.email}</Td>
                  <Td>{roleList(inv.roles, t)}</Td>
                  <Td>
                    <StatusBadge tone={statusTone[inv.status]}>{t.invitations.status[inv.status]}</StatusBadge>
                  </Td>
                  <Td>{dateTime(inv.createdAt)}</Td>
                  <Td>{dateTime(inv.expiresAt)}</Td>
                  <Td>
                    {inv.allowedActions.includes('revoke') && (
                      <Button
                        appearance="secondary"
                        danger
                        aria-label={t.invitations.revokeLabel(inv.name)}
                        onClick={() => {
                          setRevokeError(undefined);
                          setPending(inv);
                        }}
                      >
                        {t.invitations.revoke}
                      </Button>
                    )}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
        {invitations.data && (
          <Pagination page={invitations.data.page} pageSize={invitations.data.pageSize} total={invitations.data.total} totalCapped={invitations.data.totalCapped} onPage={setPage} />
        )}
      </Section>

      <ConfirmDialog
        id="invitation-revoke-dialog"
        open={pending !== null}
        title={t.invitations.revokeTitle}
        confirmLabel={t.invitations.revoke}
        busy={revoking}
        error={revokeError}
        onConfirm={() => void onRevoke()}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{pending ? t.invitations.revokeBody(pending.name, pending.email) : ''}</p>
      </ConfirmDialog>
    </Page>
  );
}
