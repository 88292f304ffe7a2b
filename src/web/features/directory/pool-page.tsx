import { useParams } from 'react-router';
import { getPoolPage, openDataUrl } from '../../api/directory.js';
import { ApiError } from '../../api/problem.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { DIRECTORY_PATH } from '../../app/route-paths.js';
import { InitiativeList } from './directory-page.js';
import { PoolText } from './pool-text.js';
import './directory.css';

const LICENCE_URL = 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl';
const CSV_COLUMNS = ['pool_id', 'pool_name', 'year', 'measure', 'value', 'withheld', 'minimum_group', 'licence'] as const;

/** A pool's public page: municipalities, kinds of conflict, how to ask, contact, last year's key figures and their open data. */
export function PoolPage() {
  const { t, locale } = useI18n();
  const d = t.directory;
  const { poolId = '' } = useParams();
  const page = useQuery((signal) => getPoolPage(poolId, signal), [poolId]);
  const notFound = page.error instanceof ApiError && (page.error.status === 404 || page.error.status === 400);
  const number = (v: number) => v.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL');

  if (notFound) {
    return (
      <Page title={d.poolNotFound}>
        <Paragraph>
          <AppLink to={DIRECTORY_PATH}>{d.backToDirectory}</AppLink>
        </Paragraph>
      </Page>
    );
  }
  if (!page.data) {
    return (
      <Page title={d.title}>
        {page.loading && <Loading />}
        {page.error !== undefined && <LoadFailed error={page.error} onRetry={page.reload} />}
      </Page>
    );
  }
  const { pool, text, contact, keyFigures, initiatives } = page.data;
  return (
    <Page title={pool.name}>
      <Paragraph>
        <AppLink to={DIRECTORY_PATH}>{d.backToDirectory}</AppLink>
      </Paragraph>
      {text.description && (
        <Section id="pool-over" title={d.aboutHeading}>
          <PoolText text={text.description} />
        </Section>
      )}
      <Section id="pool-gemeenten" title={d.municipalitiesHeading}>
        <ul className="utrecht-unordered-list mp-directory__columns">
          {pool.municipalities.map((m) => (
            <li key={m.code} className="utrecht-unordered-list__item">
              {m.name}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="pool-conflicten" title={d.conflictsHeading}>
        {pool.conflictKinds.length === 0 ? (
          <Paragraph>{d.noConflictKinds}</Paragraph>
        ) : (
          <>
            <Paragraph>{d.conflictsIntro}</Paragraph>
            <ul className="utrecht-unordered-list">
              {pool.conflictKinds.map((k) => (
                <li key={k} className="utrecht-unordered-list__item">
                  {d.conflictKinds[k] ?? k}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section id="pool-aanvragen" title={d.howToAskHeading}>
        {text.howToAsk ? <PoolText text={text.howToAsk} /> : <Paragraph>{contact.email || contact.phone ? d.howToAsk : d.noContact}</Paragraph>}
        {(contact.email || contact.phone) && (
          <dl className="mp-directory__contact">
            {contact.email && (
              <>
                <dt>{d.email}</dt>
                <dd>
                  <a className="utrecht-link utrecht-link--html-a" href={`mailto:${contact.email}`}>
                    {contact.email}
                  </a>
                </dd>
              </>
            )}
            {contact.phone && (
              <>
                <dt>{d.phone}</dt>
                <dd>
                  <a className="utrecht-link utrecht-link--html-a" href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>
                    {contact.phone}
                  </a>
                </dd>
              </>
            )}
          </dl>
        )}
        <Paragraph>{d.independent}</Paragraph>
      </Section>
      <Section id="pool-kerncijfers" title={d.figuresHeading(keyFigures.year)}>
        <Paragraph>{d.figuresIntro(keyFigures.minimumGroup)}</Paragraph>
        <Table id="pool-kerncijfers-tabel" caption={d.figuresCaption(keyFigures.year)}>
          <THead>
            <Th>{d.figureColumn}</Th>
            <Th>{d.valueColumn}</Th>
          </THead>
          <TBody>
            {keyFigures.figures.map((f) => (
              <Tr key={f.measure}>
                <Th scope="row">{d.measures[f.measure] ?? f.measure}</Th>
                <Td>{f.value === null ? <em>{d.withheld}</em> : number(f.value)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Section>
      <Section id="pool-open-data" title={d.openDataHeading}>
        <Paragraph>
          {d.openDataIntro}{' '}
          <a className="utrecht-link utrecht-link--html-a" href={LICENCE_URL} rel="license noopener noreferrer external">
            {d.licence}
          </a>
        </Paragraph>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">
            <a className="utrecht-link utrecht-link--html-a" href={openDataUrl(pool.id, 'json')} download>
              {d.downloadJson}
            </a>
          </li>
          <li className="utrecht-unordered-list__item">
            <a className="utrecht-link utrecht-link--html-a" href={openDataUrl(pool.id, 'csv')} download>
              {d.downloadCsv}
            </a>
          </li>
        </ul>
        <Table id="pool-open-data-kolommen" caption={d.columnsCaption}>
          <THead>
            <Th>{d.columnName}</Th>
            <Th>{d.columnMeaning}</Th>
          </THead>
          <TBody>
            {CSV_COLUMNS.map((c) => (
              <Tr key={c}>
                <Th scope="row">
                  <code>{c}</code>
                </Th>
                <Td>{d.columnDocs[c]}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Section>
      {initiatives.length > 0 && (
        <Section id="pool-initiatieven" title={d.nearbyHeading}>
          <InitiativeList items={initiatives} headingLevel={3} />
        </Section>
      )}
    </Page>
  );
}
