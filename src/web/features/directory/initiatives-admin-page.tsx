import { useState, type FormEvent } from 'react';
import type { Initiative } from '../../../contract/directory.js';
import { INITIATIVE_KINDS, type InitiativeKind } from '../../../domain/directory/initiative-kinds.js';
import { changeInitiative, createInitiative, listAdminInitiatives, removeInitiative } from '../../api/directory.js';
import { ApiError } from '../../api/problem.js';
import { useActionNotice } from '../../components/action-notice.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useForm, type FieldErrors } from '../../hooks/use-form.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { DIRECTORY_PATH } from '../../app/route-paths.js';

type Field = 'name' | 'kind' | 'municipalityCodes' | 'region' | 'url' | 'description';

/** The platform administrator's initiatives of the public directory: add, change, remove (after a confirmation). */
export function InitiativesAdminPage() {
  const { t, locale } = useI18n();
  const d = t.directory;
  const list = useQuery(() => listAdminInitiatives(), []);
  const forbidden = list.error instanceof ApiError && list.error.status === 403;
  const [editing, setEditing] = useState<Initiative | null>(null);
  const [removing, setRemoving] = useState<Initiative | null>(null);
  const [removeBusy, setRemoveBusy] = useState(false);
  const [removeError, setRemoveError] = useState<string | undefined>(undefined);
  const notice = useActionNotice();

  const confirmRemove = async () => {
    if (!removing) return;
    setRemoveBusy(true);
    setRemoveError(undefined);
    try {
      await removeInitiative(removing.id);
      const name = removing.name;
      setRemoving(null);
      if (editing?.id === removing.id) setEditing(null);
      notice.show(d.removed(name), { focus: true });
      list.reload();
    } catch (err) {
      setRemoveError(describeError(err, t, locale));
    } finally {
      setRemoveBusy(false);
    }
  };

  return (
    <Page title={d.adminTitle}>
      <Paragraph lead>{d.adminIntro}</Paragraph>
      <Paragraph>
        <AppLink to={DIRECTORY_PATH}>{d.viewDirectory}</AppLink>
      </Paragraph>
      {forbidden && (
        <Alert type="warning">
          <p className="utrecht-paragraph">{d.notAllowed}</p>
        </Alert>
      )}
      {notice.node}
      {list.data?.allowedActions.includes('manage-initiatives') && (
        <Section id="initiatief-formulier" title={editing ? d.editHeading(editing.name) : d.newHeading}>
          <InitiativeForm
            key={editing?.id ?? 'new'}
            initial={editing}
            onSaved={(saved) => {
              setEditing(null);
              notice.show(d.saved(saved.name));
              list.reload();
            }}
            onCancel={editing ? () => setEditing(null) : undefined}
          />
        </Section>
      )}
      {!forbidden && (
        <Section id="initiatief-lijst" title={d.listHeading}>
          {list.loading && !list.data && <Loading />}
          {list.error !== undefined && !forbidden && <LoadFailed error={list.error} onRetry={list.reload} />}
          {list.data && list.data.items.length === 0 && <EmptyState>{d.noInitiatives}</EmptyState>}
          {list.data && list.data.items.length > 0 && (
            <Table id="initiatieven-tabel" caption={d.listCaption}>
              <THead>
                <Th>{d.name}</Th>
                <Th>{d.kind}</Th>
                <Th>{d.places}</Th>
                <Th>{d.actions}</Th>
              </THead>
              <TBody>
                {list.data.items.map((i) => (
                  <Tr key={i.id}>
                    <Th scope="row">{i.name}</Th>
                    <Td>{d.kinds[i.kind] ?? i.kind}</Td>
                    <Td>{[...i.municipalities.map((m) => m.name), ...(i.region ? [i.region] : [])].join(', ')}</Td>
                    <Td>
                      <ButtonGroup>
                        <Button
                          aria-label={d.editLabel(i.name)}
                          onClick={() => {
                            setEditing(i);
                            document.getElementById('initiatief-naam')?.focus();
                          }}
                        >
                          {d.edit}
                        </Button>
                        <Button danger aria-label={d.removeLabel(i.name)} onClick={() => setRemoving(i)}>
                          {d.remove}
                        </Button>
                      </ButtonGroup>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </Section>
      )}
      <ConfirmDialog
        id="initiatief-verwijderen"
        open={removing !== null}
        title={d.confirmTitle}
        confirmLabel={d.confirmButton}
        busy={removeBusy}
        error={removeError}
        onConfirm={() => void confirmRemove()}
        onCancel={() => {
          setRemoving(null);
          setRemoveError(undefined);
        }}
      >
        <p className="utrecht-paragraph">{removing ? d.confirmBody(removing.name) : ''}</p>
      </ConfirmDialog>
    </Page>
  );
}

function InitiativeForm({ initial, onSaved, onCancel }: { initial: Initiative | null; onSaved(saved: Initiative): void; onCancel: (() => void) | undefined }) {
  const { t } = useI18n();
  const d = t.directory;
  const [name, setName] = useState(initial?.name ?? '');
  const [kind, setKind] = useState<InitiativeKind>(initial?.kind ?? 'neighbourhood_mediation');
  const [codes, setCodes] = useState(initial?.municipalities.map((m) => m.code).join(', ') ?? '');
  const [region, setRegion] = useState(initial?.region ?? '');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const form = useForm<Field>('initiatief', {
    name: 'initiatief-naam',
    kind: 'initiatief-soort',
    municipalityCodes: 'initiatief-gemeenten',
    region: 'initiatief-regio',
    url: 'initiatief-url',
    description: 'initiatief-beschrijving',
  });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const list = [
      ...new Set(
        codes
          .split(/[\s,;]+/)
          .map((c) => c.trim().toUpperCase())
          .filter(Boolean),
      ),
    ];
    const errors: FieldErrors<Field> = {};
    if (!name.trim()) errors.name = t.form.requiredField;
    if (list.some((c) => !/^GM[0-9]{4}$/.test(c))) errors.municipalityCodes = d.codesInvalid;
    if (url.trim() && !/^https?:\/\/\S+$/.test(url.trim())) errors.url = d.urlInvalid;
    if (Object.keys(errors).length > 0) return form.fail(errors);
    await form.submit(async () => {
      const input = { name: name.trim(), kind, municipalityCodes: list, region: region.trim() || null, url: url.trim() || null, description: description.trim() };
      onSaved(initial ? await changeInitiative(initial.id, input) : await createInitiative(input));
    });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField id="initiatief-naam" label={d.name} required maxLength={200} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={form.errors.name} />
        <SelectField id="initiatief-soort" label={d.kind} value={kind} onChange={(e) => setKind(e.target.value as InitiativeKind)} error={form.errors.kind}>
          {INITIATIVE_KINDS.map((k) => (
            <option key={k} value={k}>
              {d.kinds[k]}
            </option>
          ))}
        </SelectField>
        <TextField id="initiatief-gemeenten" label={d.codes} hint={d.codesHint} autoComplete="off" spellCheck={false} value={codes} onChange={(e) => setCodes(e.target.value)} error={form.errors.municipalityCodes} />
        <TextField id="initiatief-regio" label={d.regionField} hint={d.regionHint} maxLength={200} autoComplete="off" value={region} onChange={(e) => setRegion(e.target.value)} error={form.errors.region} />
        <TextField id="initiatief-url" type="url" label={d.url} hint={d.urlHint} maxLength={500} autoComplete="off" spellCheck={false} value={url} onChange={(e) => setUrl(e.target.value)} error={form.errors.url} />
        <TextAreaField id="initiatief-beschrijving" label={d.description} maxLength={1000} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} error={form.errors.description} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={form.busy}>
            {form.busy ? d.saving : initial ? d.save : d.add}
          </Button>
          {onCancel && <Button onClick={onCancel}>{d.cancel}</Button>}
        </ButtonGroup>
      </form>
    </>
  );
}
