import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { caseWithMediator, createHoursWorld, hoursAgents, logAndApprove, pdfText, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import type { Agent } from '../helpers/test-app.js';
import { lastCompletePeriod, periodCode, periodContaining } from '../../src/domain/settlement/index.js';
import { todayInAmsterdam } from '../../src/domain/calendar/iso-date.js';

/** What poppler's pdfinfo says about a PDF, as key → value. */
function pdfInfo(pdf: Buffer): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').flatMap((line) => {
    const at = line.indexOf(':');
    return at > 0 ? [[line.slice(0, at).trim(), line.slice(at + 1).trim()]] : [];
  }));
}

/** The text of each page (pdftotext separates pages with a form feed). */
const pagesOf = (pdf: Buffer) => pdfText(pdf).split('\f').filter((p) => p.trim().length > 0);

/**
 * The statement PDF (issue 14): a tagged PDF in Dutch with a letterhead and page numbers; a
 * draft says CONCEPT on every page; a final one explains its check code. Thirty cases of Meppel
 * with a Staphorst mediator give Meppel's statement more than one page. Finalising a period that
 * has not ended is refused with its reason; the list suggests the last complete period.
 */
describe('settlement: the statement PDF and the period rules', () => {
  let t: TestApp;
  let w: HoursWorld;
  let a: Record<HoursWho, Agent>;
  let draftId = '';

  before(async () => {
    t = await createTestApp();
    w = await createHoursWorld(t.handle.db);
    a = await hoursAgents(t.app, w);
    for (let i = 0; i < 30; i++) {
      const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
      await logAndApprove(a.mediatorStaphorst, a.coordinator, c.id, `2026-07-${String(1 + i).padStart(2, '0')}`, 60 + i);
    }
  });
  after(() => t.close());

  const statement = async (settlementId: string, municipalityId: string) => {
    const res = await a.coordinator.get(`/api/v1/settlements/${settlementId}/statements/${municipalityId}/pdf`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    return res.rawPayload;
  };

  test('a draft has statements, and every page of them says CONCEPT', async () => {
    const res = await a.coordinator.post('/api/v1/settlements', { period: '2026-K3' });
    assert.equal(res.statusCode, 201, res.body);
    draftId = res.json().id;
    const list = await a.coordinator.get(`/api/v1/settlements/${draftId}/statements`);
    assert.equal(list.statusCode, 200, list.body);
    const pdf = await statement(draftId, w.meppel.id);
    const info = pdfInfo(pdf);
    assert.equal(info.Tagged, 'yes');
    assert.match(info.Title ?? '', /^CONCEPT Verrekeningsoverzicht Meppel 2026-K3$/);
    const pages = pagesOf(pdf);
    assert.ok(pages.length >= 2, `at least two pages, got ${pages.length}`);
    assert.equal(Number(info.Pages), pages.length);
    pages.forEach((page, i) => {
      assert.match(page, /CONCEPT/, `page ${i + 1} says CONCEPT`);
      assert.match(page, new RegExp(`Pagina ${i + 1} van ${pages.length}`), `page ${i + 1} is numbered`);
      assert.match(page, /Mediatorpool Noord-West Overijssel/, `page ${i + 1} has the letterhead`);
    });
    assert.match(pages.join('\n'), /De controlecode volgt bij het vaststellen/);
  });

  test('a final statement: tagged, in Dutch, numbered, without CONCEPT, with the check code explained', async () => {
    const fin = await a.finance.post(`/api/v1/settlements/${draftId}/finalise`);
    assert.equal(fin.statusCode, 200, fin.body);
    const hash = fin.json().contentHash as string;
    const pdf = await statement(draftId, w.meppel.id);
    const info = pdfInfo(pdf);
    assert.equal(info.Tagged, 'yes');
    assert.equal(info.Title, 'Verrekeningsoverzicht Meppel 2026-K3');
    // The document language and the title shown in the window, in the catalog itself.
    const raw = pdf.toString('latin1');
    assert.match(raw, /\/Lang \(nl-NL\)/);
    assert.match(raw, /\/DisplayDocTitle true/);
    assert.match(raw, /\/StructTreeRoot/);
    for (const tag of ['/H1', '/Table', '/TH', '/TD', '/P']) assert.ok(raw.includes(`/S ${tag}`), `structure element ${tag}`);
    const pages = pagesOf(pdf);
    assert.ok(pages.length >= 2);
    pages.forEach((page, i) => {
      assert.doesNotMatch(page, /CONCEPT/, `page ${i + 1} of a final statement`);
      assert.match(page, new RegExp(`Pagina ${i + 1} van ${pages.length}`));
    });
    const text = pages.join('\n');
    assert.ok(text.includes(hash), 'the check code is printed');
    assert.match(text, /Controlecode van de vastgestelde cijfers/);
    assert.match(text, /vingerafdruk van alle cijfers/);
    assert.doesNotMatch(text, /canonieke JSON/);
    // A short statement stays one page, numbered as such.
    assert.match(pdfText(await statement(draftId, w.zwartewaterland.id)), /Pagina 1 van 1/);
  });

  test('finalising a period that has not ended is refused with its reason, and nothing changes', async () => {
    const today = todayInAmsterdam();
    const current = periodCode(periodContaining('quarter', today));
    const created = await a.coordinator.post('/api/v1/settlements', { period: current });
    assert.equal(created.statusCode, 201, created.body);
    const s = created.json();
    assert.ok(s.issues.some((i: { code: string }) => i.code === 'period-not-ended'));
    const res = await a.coordinator.post(`/api/v1/settlements/${s.id}/finalise`);
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().type, 'urn:mediatorpool:problem:period-not-ended');
    assert.match(res.json().detail, /Deze periode loopt nog tot en met .*U kunt haar pas vaststellen als ze voorbij is/);
    assert.equal((await a.coordinator.get(`/api/v1/settlements/${s.id}`)).json().status, 'draft');
  });

  test('the list suggests the last complete period of the pool’s kind', async () => {
    const list = (await a.coordinator.get('/api/v1/settlements')).json();
    const expected = lastCompletePeriod('quarter', todayInAmsterdam());
    assert.deepEqual(list.suggestedPeriod, { kind: 'quarter', code: periodCode(expected), label: periodCode(expected), start: expected.start, end: expected.end });
    await t.handle.db.updateTable('pool_settings').set({ settlement_period: 'month' }).where('pool_id', '=', w.pool.id).execute();
    const monthly = (await a.finance.get('/api/v1/settlements')).json();
    assert.equal(monthly.suggestedPeriod.code, periodCode(lastCompletePeriod('month', todayInAmsterdam())));
    assert.equal(monthly.suggestedPeriod.kind, 'month');
  });
});
