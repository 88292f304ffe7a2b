import { createHash } from 'node:crypto';
import { CliError } from '../cli-error.js';

/**
 * A Mediatorpool backup of the embedded database: one file, checked as a whole before anything is
 * restored from it.
 *
 *   MEDIATORPOOL-BACKUP 1\n
 *   {manifest as one line of JSON}\n
 *   <PGlite's dumpDataDir() tarball, gzip>
 *
 * The manifest names the payload's length and sha256, and what the database held when it was
 * made (every table's row count, the audit chain's length and head), so a restore can show it got
 * back exactly that.
 */
export const BACKUP_MAGIC = 'MEDIATORPOOL-BACKUP 1';

export interface BackupManifest {
  format: 1;
  engine: 'pglite';
  createdAt: string;
  pgliteVersion: string;
  payload: { bytes: number; sha256: string; compression: 'gzip' };
  /** Rows per table of the schema public, at the moment of the backup. */
  tables: Record<string, number>;
  audit: { intact: boolean; links: number; head: { seq: number; hash: string } | null };
}

export function encodeBackup(manifest: Omit<BackupManifest, 'payload'>, payload: Uint8Array): Buffer {
  const full: BackupManifest = { ...manifest, payload: { bytes: payload.byteLength, sha256: sha256Hex(payload), compression: 'gzip' } };
  return Buffer.concat([Buffer.from(`${BACKUP_MAGIC}\n${JSON.stringify(full)}\n`, 'utf8'), payload]);
}

const NOT_A_BACKUP = 'Dit is geen (volledige) Mediatorpool-back-up';

/** The manifest and payload of a backup file; a clear error for anything else, before any change. */
export function decodeBackup(file: Buffer): { manifest: BackupManifest; payload: Buffer } {
  const magicEnd = file.indexOf(0x0a);
  if (magicEnd < 0 || file.subarray(0, magicEnd).toString('latin1') !== BACKUP_MAGIC) {
    throw new CliError(`${NOT_A_BACKUP}: de eerste regel is niet "${BACKUP_MAGIC}". Er is niets veranderd.`);
  }
  const manifestEnd = file.indexOf(0x0a, magicEnd + 1);
  if (manifestEnd < 0) throw new CliError(`${NOT_A_BACKUP}: de beschrijving (manifest) ontbreekt of is afgebroken. Er is niets veranderd.`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(file.subarray(magicEnd + 1, manifestEnd).toString('utf8')) as BackupManifest;
  } catch {
    throw new CliError(`${NOT_A_BACKUP}: de beschrijving (manifest) is beschadigd. Er is niets veranderd.`);
  }
  if (manifest?.format !== 1 || manifest.engine !== 'pglite' || typeof manifest.payload?.sha256 !== 'string' || typeof manifest.tables !== 'object') {
    throw new CliError(`${NOT_A_BACKUP}: onbekende versie of onvolledige beschrijving. Er is niets veranderd.`);
  }
  const payload = file.subarray(manifestEnd + 1);
  if (payload.byteLength !== manifest.payload.bytes) {
    throw new CliError(`Het back-upbestand is beschadigd: ${payload.byteLength} bytes gegevens, ${manifest.payload.bytes} verwacht (afgebroken bij het kopiëren?). Er is niets veranderd.`);
  }
  if (sha256Hex(payload) !== manifest.payload.sha256) {
    throw new CliError('Het back-upbestand is beschadigd: de controlesom (sha256) van de gegevens klopt niet. Er is niets veranderd.');
  }
  return { manifest, payload };
}

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
