import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The directory of Mediatorpool's package.json. The server runs both from its sources
 * (src/server/…, through tsx in tests and development) and compiled into one file
 * (dist/server/mediatorpool.js, docs/adr/0014), so files it reads at run time (the built web app,
 * reference data) are found from the package root, not from the running module's directory.
 */
function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(import.meta.dirname);
