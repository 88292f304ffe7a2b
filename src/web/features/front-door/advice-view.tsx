import { ROUTE_CONTACTS, type FrontDoorRoute } from '../../../domain/front-door/routes.js';
import type { AdviceReason } from '../../../domain/front-door/advise-route.js';
import type { FrontDoorAdviceAnswer } from '../../api/front-door.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { DataList } from '../../components/data-list.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { Section } from '../../components/page.js';
import { useI18n } from '../../i18n/i18n.js';

const URGENT: readonly FrontDoorRoute[] = ['police_or_veilig_thuis', 'crisis_help'];

function Contacts({ route }: { route: FrontDoorRoute }) {
  const { t } = useI18n();
  const f = t.frontDoor;
  const contacts = ROUTE_CONTACTS[route] ?? [];
  if (contacts.length === 0) return null;
  return (
    <ul className="utrecht-unordered-list mp-front-door__contacts">
      {contacts.map((c) => (
        <li key={c.name} className="utrecht-unordered-list__item">
          <strong>{c.name}</strong>
          {c.phone && (
            <>
              {': '}
              <a className="utrecht-link" href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>
                {f.call(c.phone)}
              </a>
            </>
          )}
          {c.url && (
            <>
              {c.phone ? ' · ' : ': '}
              <a className="utrecht-link" href={c.url} rel="noopener noreferrer">
                {f.website(c.name)}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The advice: the most suitable route and why, the Awb dates of an objection, and the other routes (an independent mediator always among them). */
export function AdviceView({ advice, onBack, onSelfRefer }: { advice: FrontDoorAdviceAnswer; onBack(): void; onSelfRefer(): void }) {
  const { t, date } = useI18n();
  const f = t.frontDoor;
  const o = advice.objection;
  return (
    <>
      {URGENT.includes(advice.route) && (
        <Alert type="error">
          <p className="utrecht-paragraph">
            <strong>{f.emergency}</strong>
          </p>
        </Alert>
      )}
      <Paragraph lead>{f.adviceFor(advice.municipality?.name ?? null)}</Paragraph>
      <section className="mp-section mp-front-door__advice" aria-labelledby="fd-route-title">
        <h2 className="utrecht-heading-2" id="fd-route-title">
          {f.routes[advice.route]}
        </h2>
        <Paragraph>{f.routeText[advice.route](advice.poolName)}</Paragraph>
        <Contacts route={advice.route} />
        <Heading level={3}>{f.why}</Heading>
        <ul className="utrecht-unordered-list">
          {advice.reasons.map((r) => (
            <li key={r} className="utrecht-unordered-list__item">
              {f.reasons[r as AdviceReason] ?? r}
            </li>
          ))}
        </ul>
        {advice.selfReferral && advice.poolName && (
          <Button appearance="primary" onClick={onSelfRefer}>
            {f.selfReferral.start(advice.poolName)}
          </Button>
        )}
      </section>
      {o && (
        <Section id="fd-objection" title={f.objection.title}>
          <DataList
            items={[
              { key: 'decision', label: f.objection.decisionDate, value: date(o.decisionDate) },
              { key: 'last', label: f.objection.lastDay, value: <strong>{date(o.lastDayToObject)}</strong> },
              { key: 'due', label: f.objection.decisionDue, value: date(o.decisionDueOn) },
              { key: 'committee', label: f.objection.decisionDueCommittee, value: date(o.decisionDueWithCommitteeOn) },
            ]}
          />
          <Paragraph>{f.objection.note}</Paragraph>
        </Section>
      )}
      <Section id="fd-alternatives" title={f.alternativesTitle}>
        <Paragraph>{f.alternativesIntro}</Paragraph>
        {advice.alternatives.map((r) => (
          <div key={r} className="mp-front-door__alternative">
            <Heading level={3}>{f.routes[r]}</Heading>
            <Paragraph>{f.routeText[r](advice.poolName)}</Paragraph>
            <Contacts route={r} />
            {r === 'pool_mediation' && advice.selfReferral && advice.poolName && advice.route !== 'pool_mediation' && (
              <Button onClick={onSelfRefer}>{f.selfReferral.start(advice.poolName)}</Button>
            )}
          </div>
        ))}
      </Section>
      <Button onClick={onBack}>{f.backToQuestions}</Button>
    </>
  );
}
