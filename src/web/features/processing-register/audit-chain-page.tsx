import { useRef, useState } from 'react';
import { checkAuditChain, type AuditChainReport } from '../../api/processing-register.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { DataList } from '../../components/data-list.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { Page } from '../../components/page.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { PROCESSING_PATHS } from './paths.js';

/** "Controleer de keten": recomputes the audit log's hash chain and shows the first broken link, or "intact, N rijen". */
export function AuditChainPage() {
  const { t, locale, number, dateTime } = useI18n();
  const m = t.processing.chain;
  const [report, setReport] = useState<AuditChainReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const run = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await checkAuditChain());
    } catch (err) {
      setReport(null);
      setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  };

  const brk = report?.firstBreak;
  return (
    <Page title={m.title}>
      <Paragraph lead>{m.intro}</Paragraph>
      <p className="utrecht-paragraph">
        <AppLink to={PROCESSING_PATHS.register}>{t.processing.register.title}</AppLink>
      </p>
      <p className="utrecht-paragraph">
        <Button appearance="primary" busy={busy} onClick={() => void run()}>
          {report ? m.again : m.run}
        </Button>
      </p>
      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {error && (
          <Alert type="error">
            <p className="utrecht-paragraph">{error}</p>
          </Alert>
        )}
        {report?.intact && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{m.intact(number(report.checked))}</p>
          </Alert>
        )}
        {report && brk && (
          <Alert type="error">
            <p className="utrecht-paragraph">
              <strong>{m.broken}</strong> {m.reasons[brk.reason]}
            </p>
            <p className="utrecht-paragraph">{m.before(number(report.checked))}</p>
            <p className="utrecht-paragraph">{m.advice}</p>
          </Alert>
        )}
        {report && (
          <DataList
            items={[
              ...(brk
                ? [
                    {
                      key: 'where',
                      label: m.where,
                      value: [brk.seq !== null ? m.link(brk.seq) : null, brk.auditId !== null ? m.row(brk.auditId) : brk.reason !== 'sequence-gap' ? m.elsewhere : null].filter(Boolean).join(', '),
                    },
                  ]
                : []),
              ...(report.head ? [{ key: 'head', label: m.head, value: <code className="mp-break">{`${report.head.seq} · ${report.head.hash}`}</code> }] : []),
              { key: 'at', label: m.checkedAt, value: dateTime(report.checkedAt) },
            ]}
          />
        )}
      </div>
    </Page>
  );
}
