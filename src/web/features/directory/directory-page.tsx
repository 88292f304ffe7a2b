import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { DirectoryPool, Initiative, MunicipalityOption } from '../../../contract/directory.js';
import { getDirectory, getMunicipalityOptions, searchDirectory } from '../../api/directory.js';
import { Button } from '../../components/button.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { MunicipalityCombobox, normalise } from './municipality-combobox.js';
import { NetherlandsMap } from './netherlands-map.js';
import { directoryPoolPath as poolPagePath } from '../../app/route-paths.js';
import './directory.css';


/** The public directory: search by municipality, the map, every pool and every other initiative (issue 15, item 3). */
export function DirectoryPage() {
  const { t } = useI18n();
  const d = t.directory;
  const [params, setParams] = useSearchParams();
  const chosen = params.get('gemeente') ?? '';
  const [text, setText] = useState(chosen);
  const [error, setError] = useState<string | undefined>(undefined);
  const directory = useQuery((signal) => getDirectory(signal), []);
  const options = useQuery((signal) => getMunicipalityOptions(signal), []);
  const found = useQuery((signal) => (chosen ? searchDirectory(chosen, signal) : Promise.resolve(null)), [chosen]);

  const show = (o: MunicipalityOption) => {
    setError(undefined);
    setParams({ gemeente: o.name });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const o = options.data?.items.find((m) => normalise(m.name) === normalise(text));
    if (!o) {
      setError(d.chooseFromList);
      document.getElementById('gids-gemeente')?.focus();
      return;
    }
    show(o);
  };

  return (
    <Page title={d.title}>
      <Paragraph lead>{d.intro}</Paragraph>
      <Section id="gids-zoeken" title={d.searchHeading}>
        <form className="mp-form mp-directory__search" noValidate role="search" aria-labelledby="gids-zoeken-title" onSubmit={onSubmit}>
          <MunicipalityCombobox
            id="gids-gemeente"
            label={d.searchLabel}
            hint={d.searchHint}
            error={error}
            options={options.data?.items ?? []}
            value={text}
            onChange={(v) => {
              setText(v);
              setError(undefined);
            }}
            onChoose={show}
            countText={d.suggestions}
          />
          <Button type="submit" appearance="primary">
            {d.searchButton}
          </Button>
        </form>
        {chosen && found.loading && <Loading />}
        {found.error !== undefined && <LoadFailed error={found.error} onRetry={found.reload} />}
        {found.data && (
          <div className="mp-directory__results" aria-live="polite" id="gids-resultaat">
            <Heading level={3}>{d.resultsHeading(found.data.municipality.name)}</Heading>
            <Heading level={4}>{d.poolsFor}</Heading>
            {found.data.pools.length === 0 ? (
              <Paragraph>{d.noPoolFor(found.data.municipality.name)}</Paragraph>
            ) : (
              <ul className="utrecht-unordered-list">
                {found.data.pools.map((p) => (
                  <li key={p.id} className="utrecht-unordered-list__item">
                    <AppLink to={poolPagePath(p)}>{p.name}</AppLink> — {d.municipalityCount(p.municipalities.length)}
                  </li>
                ))}
              </ul>
            )}
            <Heading level={4}>{d.initiativesFor}</Heading>
            {found.data.initiatives.length === 0 ? <Paragraph>{d.noInitiativesFor}</Paragraph> : <InitiativeList items={found.data.initiatives} />}
          </div>
        )}
      </Section>

      {directory.loading && !directory.data && <Loading />}
      {directory.error !== undefined && <LoadFailed error={directory.error} onRetry={directory.reload} />}
      {directory.data && (
        <>
          <Section id="gids-kaart" title={d.mapHeading}>
            <NetherlandsMap
              id="gids-kaart-svg"
              title={d.mapTitle}
              description={d.mapDescription}
              legendLabel={d.mapLegend}
              background={options.data?.items ?? []}
              pools={directory.data.pools}
              poolLink={poolPagePath}
            />
          </Section>
          <Section id="gids-pools" title={d.allPoolsHeading}>
            {directory.data.pools.length === 0 ? <EmptyState>{d.noPools}</EmptyState> : <PoolTable pools={directory.data.pools} />}
          </Section>
          <Section id="gids-initiatieven" title={d.allInitiativesHeading}>
            {directory.data.initiatives.length === 0 ? <EmptyState>{d.noInitiatives}</EmptyState> : <InitiativeList items={directory.data.initiatives} headingLevel={3} />}
          </Section>
        </>
      )}
    </Page>
  );
}

/** The map's text alternative: each pool with its municipalities and kinds of conflict. */
function PoolTable({ pools }: { pools: readonly DirectoryPool[] }) {
  const { t } = useI18n();
  const d = t.directory;
  return (
    <Table id="gids-pools-tabel" caption={d.tableCaption}>
      <THead>
        <Th>{d.columns.pool}</Th>
        <Th>{d.columns.municipalities}</Th>
        <Th>{d.columns.conflictKinds}</Th>
      </THead>
      <TBody>
        {pools.map((p) => (
          <Tr key={p.id}>
            <Th scope="row">
              <AppLink to={poolPagePath(p)}>{p.name}</AppLink>
            </Th>
            <Td>{p.municipalities.map((m) => m.name).join(', ')}</Td>
            <Td>{p.conflictKinds.length === 0 ? d.noConflictKinds : p.conflictKinds.map((k) => d.conflictKinds[k] ?? k).join('; ')}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

/** Initiatives: name, kind, where, what, and a link to their own site. */
export function InitiativeList({ items, headingLevel }: { items: readonly Initiative[]; headingLevel?: 3 | 4 }) {
  const { t } = useI18n();
  const d = t.directory;
  return (
    <ul className="mp-directory__initiatives">
      {items.map((i) => (
        <li key={i.id} className="mp-directory__initiative">
          {headingLevel ? (
            <Heading level={headingLevel}>{i.name}</Heading>
          ) : (
            <p className="utrecht-paragraph">
              <strong>{i.name}</strong>
            </p>
          )}
          <p className="utrecht-paragraph">
            <strong>{d.kinds[i.kind] ?? i.kind}</strong>
            {' — '}
            {[...i.municipalities.map((m) => m.name), ...(i.region ? [i.region] : [])].join(', ')}
          </p>
          {i.description && <p className="utrecht-paragraph">{i.description}</p>}
          {i.url && (
            <p className="utrecht-paragraph">
              <a className="utrecht-link utrecht-link--html-a" href={i.url} rel="noopener noreferrer external">
                {d.website(i.name)}
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
