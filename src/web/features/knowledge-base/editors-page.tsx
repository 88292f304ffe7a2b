import { useRef, useState } from 'react';
import { addEditor, listEditors, removeEditor, type EditorList } from '../../api/knowledge-base.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';

/** /community/kennisbank/redacteuren: a coordinator chooses which mediators edit the knowledge base. */
export function EditorsPage() {
  const { t, locale } = useI18n();
  const k = t.knowledgeBase;
  const list = useQuery((signal) => listEditors(signal), []);
  const [data, setData] = useState<EditorList | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const shown = data ?? list.data;

  const toggle = async (userId: string, makeEditor: boolean) => {
    if (busy) return;
    setBusy(userId);
    setError(null);
    try {
      setData(makeEditor ? await addEditor(userId) : await removeEditor(userId));
    } catch (err) {
      setError(describeError(err, t, locale));
      errorRef.current?.focus();
    } finally {
      setBusy(null);
    }
  };

  return (
    <Page title={k.editorsTitle}>
      <Paragraph>
        <AppLink to="/community/kennisbank">{k.backToList}</AppLink>
      </Paragraph>
      <Paragraph lead>{k.editorsIntro}</Paragraph>
      {error && (
        <Alert type="error" ref={errorRef} tabIndex={-1}>
          <p className="utrecht-paragraph">{error}</p>
        </Alert>
      )}
      {list.error !== undefined && <LoadFailed error={list.error} onRetry={list.reload} />}
      {!shown && list.error === undefined && <Loading />}
      {shown && (
        <Table id="kb-editors" caption={k.editorsCaption}>
          <THead>
            <Th>{k.columnsEditors.name}</Th>
            <Th>{k.columnsEditors.roles}</Th>
            <Th>{k.columnsEditors.editor}</Th>
            <Th>{k.columnsEditors.action}</Th>
          </THead>
          <TBody>
            {shown.items.map((e) => (
              <Tr key={e.userId}>
                <Th scope="row">{e.name}</Th>
                <Td>{e.roles.map((r) => k.roles[r] ?? r).join(', ')}</Td>
                <Td>{e.roles.includes('coordinator') || e.editor ? k.isEditor : k.notEditor}</Td>
                <Td>
                  {!e.roles.includes('coordinator') &&
                    (e.editor ? (
                      <Button busy={busy === e.userId} aria-label={k.removeEditorLabel(e.name)} onClick={() => void toggle(e.userId, false)}>
                        {k.removeEditor}
                      </Button>
                    ) : (
                      <Button busy={busy === e.userId} aria-label={k.makeEditorLabel(e.name)} onClick={() => void toggle(e.userId, true)}>
                        {k.makeEditor}
                      </Button>
                    ))}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Page>
  );
}
