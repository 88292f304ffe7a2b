import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../server/config.js';
import { DataDirLockedError, lockDataDir } from '../server/db/data-dir-lock.js';
import type { Database } from '../server/db/database.js';
import { DatabaseRoleError } from '../server/db/runtime-role.js';
import { openServerDatabase } from '../server/db/server-database.js';
import { main as serve } from '../server/main.js';
import { seedDemo } from '../server/bootstrap/seed-demo.js';
import { describeFirstStart } from '../server/bootstrap/first-start.js';
import { addUser } from './commands/add-user.js';
import { createTokenForUser } from './commands/create-token.js';
import { auditVerify } from './commands/audit-verify.js';
import { backupDatabase, restoreDatabase } from './commands/backup.js';
import { confirmOnTerminal } from './commands/confirm.js';
import { CliError } from './cli-error.js';

const USAGE = `Usage: mediatorpool <command> [options]

Commands:
  serve                         start the web server (what npm start does)
  migrate                       apply pending database migrations
  seed-demo                     fill an empty database with the Meppel demo pool
  user add --email E --name N --role R [--role R2] [--municipality GM0119] [--password P]
                                create an account; without --password a one-time link to set it is printed
  token create --email E --name N
                                create a personal API token for an account and print it once
  audit verify                  recompute the audit log's hash chain; exit 1 at the first broken link
  backup --out FILE             write a backup of the embedded database (PGlite; stop the server first)
  restore FILE [--force] [--yes]
                                restore a backup into an empty DATA_DIR (--force sets a database
                                that is there aside, after confirmation; --yes confirms)

Configuration comes from environment variables (see README.md).`;


async function withDatabase<T>(config: Config, fn: (db: Database, applied: string[]) => Promise<T>): Promise<T> {
  const release = config.databaseUrl ? async () => {} : await lockDataDir(config.dataDir);
  // Migrates as the owner, then works as the restricted runtime role, as the server does.
  const { handle, applied } = await openServerDatabase({ databaseUrl: config.databaseUrl, databaseOwnerUrl: config.databaseOwnerUrl, dataDir: config.dataDir, poolSize: 2 }).catch(async (err: unknown) => {
    await release();
    throw err;
  });
  try {
    return await fn(handle.db, applied);
  } finally {
    await handle.close();
    await release();
  }
}

async function run(argv: string[]): Promise<void> {
  const [command, sub] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return;
  }
  if (command === 'serve') return serve();

  const config = loadConfig();
  switch (command) {
    case 'migrate': {
      const applied = await withDatabase(config, async (_db, done) => done);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      return;
    }
    case 'seed-demo': {
      await withDatabase(config, async (db) => {
        const existing = await db.selectFrom('pool').select('id').limit(1).executeTakeFirst();
        if (existing) throw new CliError('The database already holds a pool; seed-demo only fills an empty database.');
        await seedDemo(db);
      });
      console.log(describeFirstStart({ kind: 'demo' }, config.baseUrl));
      return;
    }
    case 'user': {
      if (sub !== 'add') throw new CliError(`Unknown command "user ${sub ?? ''}". Did you mean "user add"?`);
      const { values } = parseArgs({
        args: argv.slice(2),
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          role: { type: 'string', multiple: true },
          municipality: { type: 'string' },
          password: { type: 'string' },
        },
        strict: true,
      });
      const out = await withDatabase(config, (db) =>
        addUser(db, {
          email: values.email,
          name: values.name,
          roles: (values.role ?? []).flatMap((r) => r.split(',')),
          municipalityCode: values.municipality,
          password: values.password,
          baseUrl: config.baseUrl,
        }),
      );
      console.log(`Account created for ${out.email} (${out.roles.join(', ')}).`);
      if (out.setPasswordLink) console.log(`One-time link to choose a password (valid 7 days):\n  ${out.setPasswordLink}`);
      return;
    }
    case 'token': {
      if (sub !== 'create') throw new CliError(`Unknown command "token ${sub ?? ''}". Did you mean "token create"?`);
      const { values } = parseArgs({
        args: argv.slice(2),
        options: { email: { type: 'string' }, name: { type: 'string' } },
        strict: true,
      });
      const secret = await withDatabase(config, (db) => createTokenForUser(db, { email: values.email, name: values.name }));
      console.log('API token (shown only now; store it safely):');
      console.log(`  ${secret}`);
      return;
    }
    case 'audit': {
      if (sub !== 'verify') throw new CliError(`Unknown command "audit ${sub ?? ''}". Did you mean "audit verify"?`);
      const { report, text } = await withDatabase(config, (db) => auditVerify(db));
      if (!report.intact) throw new CliError(text);
      console.log(text);
      return;
    }
    case 'backup': {
      const { values } = parseArgs({ args: argv.slice(1), options: { out: { type: 'string' } }, strict: true });
      const out = await backupDatabase(config, values.out);
      console.log(`Back-up geschreven: ${out.file} (${out.bytes} bytes, ${Object.keys(out.manifest.tables).length} tabellen, auditketen ${out.manifest.audit.links} schakels${out.manifest.audit.intact ? '' : ', VERBROKEN: controleer met "mediatorpool audit verify"'}).`);
      return;
    }
    case 'restore': {
      const { values, positionals } = parseArgs({ args: argv.slice(1), options: { force: { type: 'boolean' }, yes: { type: 'boolean' } }, allowPositionals: true, strict: true });
      const out = await restoreDatabase(config, positionals[0], { force: values.force ?? false, confirm: values.yes ? async () => true : confirmOnTerminal });
      const rows = Object.values(out.manifest.tables).reduce((a, b) => a + b, 0);
      console.log(`Hersteld in ${out.dataDir}: de back-up van ${out.manifest.createdAt}, ${rows} rijen in ${Object.keys(out.manifest.tables).length} tabellen, auditketen intact (${out.manifest.audit.links} schakels).`);
      if (out.setAside) console.log(`De database die er stond, staat nu in ${out.setAside}.`);
      return;
    }
    default:
      throw new CliError(`Unknown command "${command}".\n\n${USAGE}`);
  }
}

try {
  await run(process.argv.slice(2));
} catch (err) {
  if (err instanceof CliError || err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof DatabaseRoleError) {
    console.error(`Error: ${err.message}`);
    process.exit(1);
  }
  if (err instanceof TypeError && (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`Error: ${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
}
