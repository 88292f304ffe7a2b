import type { Database } from '../../server/db/database.js';
import { verifyAuditChain, type ChainBreak, type ChainReport } from '../../server/audit/verify-chain.js';

const REASONS: Record<ChainBreak['reason'], string> = {
  'content-changed': 'de inhoud van de rij past niet meer bij haar hash (de rij is gewijzigd)',
  'link-broken': 'de schakel verwijst niet naar de hash van de vorige (een schakel is vervangen)',
  'sequence-gap': 'deze schakel ontbreekt (verwijderd)',
  'row-missing': 'de auditrij van deze schakel ontbreekt (verwijderd)',
  'row-unchained': 'deze auditrij heeft geen schakel (buiten de trigger om geschreven)',
};

/** `mediatorpool audit verify`: the report in words, and whether the chain is intact. */
export async function auditVerify(db: Database): Promise<{ report: ChainReport; text: string }> {
  const report = await verifyAuditChain(db);
  if (report.intact) {
    const head = report.head ? ` Laatste schakel: #${report.head.seq} ${report.head.hash}` : '';
    return { report, text: `Auditketen intact: ${report.checked} rijen gecontroleerd.${head}` };
  }
  const b = report.firstBreak!;
  const where = [b.seq !== null ? `schakel #${b.seq}` : null, b.auditId !== null ? `auditrij ${b.auditId}` : null].filter(Boolean).join(', ');
  return { report, text: `Auditketen verbroken bij ${where}: ${REASONS[b.reason]}. ${report.checked} schakels ervoor zijn in orde.` };
}
