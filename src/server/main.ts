import { ConfigError } from './config.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { DatabaseRoleError } from './db/runtime-role.js';
import { startServer } from './start-server.js';

/** `mediatorpool serve`: listen until SIGINT/SIGTERM, then close PGlite cleanly. */
export async function main(): Promise<void> {
  let server;
  try {
    server = await startServer();
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof DatabaseRoleError) {
      console.error(`\n${err.message}\n`);
      process.exit(1);
    }
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`\nPort already in use: ${(err as Error).message}. Set PORT to a free port.\n`);
      process.exit(1);
    }
    throw err;
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping Mediatorpool…`);
    const force = setTimeout(() => {
      console.error('Shutdown took longer than 15 s; exiting.');
      process.exit(1);
    }, 15_000);
    force.unref();
    try {
      await server.stop();
      console.log('Stopped cleanly.');
      process.exit(0);
    } catch (err) {
      console.error('Error while stopping:', err);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
