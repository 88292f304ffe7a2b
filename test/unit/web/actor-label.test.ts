import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { nl } from '../../../src/web/i18n/nl.js';
import { en } from '../../../src/web/i18n/en.js';
import { actorLabel } from '../../../src/web/i18n/actor-label.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return full.endsWith('.ts') ? [readFileSync(full, 'utf8')] : [];
  });
}

/** Labels the server stores for acts of the application itself (not of a signed-in person). */
const stored = new Set<string>();
for (const s of [...sources('src/server'), ...sources('src/cli')]) {
  for (const re of [/systemContext\([^,()]+, '([^']+)'\)/g, /actorLabel: '([^']+)'/g, /actor_label: '([^']+)'/g, /actor: null,[^}]*label: '([^']+)'/g, /_LABEL = '([^']+)'/g, /label \?\? '([^']+)'/g, /`\s*:\s*'([^']+)'\)/g]) {
    for (const m of s.matchAll(re)) if (/^[a-z][a-z ()]*$/.test(m[1]!)) stored.add(m[1]!);
  }
}

describe('who did it, when it was the application itself', () => {
  test('the scan of the server finds its labels', () => {
    for (const label of ['systeem', 'anoniem', 'partij (link)', 'eerste start', 'opdrachtregel', 'demo']) assert.ok(stored.has(label), label);
  });
  test('every label the server stores has English words, and a person’s name stays as it is', () => {
    const missing = [...stored].filter((l) => !(l in en.common.machineActors) || !(l in nl.common.machineActors));
    assert.deepEqual(missing, []);
    assert.equal(actorLabel('systeem', en), 'system');
    assert.equal(actorLabel('partij (link)', en), 'party (link)');
    assert.equal(actorLabel('systeem', nl), 'systeem');
    assert.equal(actorLabel('Hans Koster', en), 'Hans Koster');
  });
});
