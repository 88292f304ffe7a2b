import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, rmSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    public readonly dataDir: string,
    public readonly pid: number | undefined,
  ) {
    super(
      `Another Mediatorpool process${pid ? ` (pid ${pid})` : ''} is already using the data directory ${dataDir}. ` +
        'PGlite allows only one process per data directory; stop the other process first, ' +
        'or start this one with a different DATA_DIR.',
    );
  }
}

/** Unix socket paths are limited to about 104 bytes (macOS) or 108 (Linux). */
const MAX_SOCKET_PATH = 100;

/**
 * Where the lock listens: `mediatorpool.lock` inside the data directory; a data directory whose
 * path is too long for a socket gets one in the temporary directory, named by its real path.
 * On Windows a named pipe, which also disappears with its process.
 */
export function lockPath(dataDir: string): string {
  const inside = path.join(dataDir, 'mediatorpool.lock');
  const name = `mediatorpool-${createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 24)}.lock`;
  if (process.platform === 'win32') return `\\\\?\\pipe\\${name}`;
  if (Buffer.byteLength(inside) <= MAX_SOCKET_PATH) return inside;
  return path.join(os.tmpdir(), name);
}

/**
 * PGlite has no protection against two processes opening the same directory, and two writers
 * corrupt it. The lock is a socket the holder listens on: the operating system closes it when the
 * process ends in any way (also `kill -9`), so a lock cannot outlive its process. A second process
 * whose connection is accepted meets a live holder and refuses; a refused connection (or a file
 * that is no socket, like the pid file of older versions) is a leftover, which is removed and taken.
 * Returns the release function.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  const where = lockPath(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    const server = await listenOn(where);
    if (server) {
      return () =>
        new Promise<void>((resolve) => {
          // Closing a Unix socket server removes its file.
          server.close(() => resolve());
        });
    }
    const holder = await probe(where);
    if (holder.alive) throw new DataDirLockedError(dataDir, holder.pid);
    if (process.platform !== 'win32') rmSync(where, { force: true });
  }
  throw new Error(`Could not lock the data directory ${dataDir}`);
}

/** Listens on the lock path; undefined when the path is taken (by a live holder or a leftover file). */
function listenOn(where: string): Promise<Server | undefined> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => {
      // Tells a process that meets the lock who holds it, then hangs up.
      socket.on('error', () => {});
      socket.end(`${process.pid}\n`);
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') resolve(undefined);
      else reject(err);
    });
    server.listen(where, () => {
      // The lock must not keep a process alive that has nothing else to do.
      server.unref();
      resolve(server);
    });
  });
}

/** Connects to the lock path: accepted means a live holder (which tells its pid). */
function probe(where: string): Promise<{ alive: boolean; pid?: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(where);
    let said = '';
    let accepted = false;
    const timer = setTimeout(() => done(), 2_000);
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const pid = Number(said.trim());
      resolve({ alive: accepted, pid: Number.isInteger(pid) && pid > 0 ? pid : undefined });
    };
    socket.setEncoding('utf8');
    socket.on('connect', () => (accepted = true));
    socket.on('data', (chunk: string) => (said += chunk));
    socket.on('end', done);
    socket.on('close', () => accepted && done());
    socket.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (accepted) return done();
      // Nobody listens (a crashed holder's socket, an old pid file) or the file just went away.
      if (['ECONNREFUSED', 'ENOENT', 'ENOTSOCK', 'ECONNRESET'].includes(err.code ?? '')) resolve({ alive: false });
      else reject(err);
    });
  });
}
