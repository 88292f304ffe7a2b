import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FINDING_CATEGORIES, FINDING_REASONS, findPersonalData, nationalDigits, passesElfproef } from '../../../src/domain/community/anonymisation-guard.js';
import { normaliseTags, searchText } from '../../../src/domain/community/search-text.js';

describe('the elfproef of a BSN', () => {
  test('valid numbers pass', () => {
    assert.equal(passesElfproef('111222333'), true);
    assert.equal(passesElfproef('123456782'), true);
  });
  test('one digit off fails; too short, too long, letters and all zeros fail', () => {
    assert.equal(passesElfproef('123456789'), false);
    assert.equal(passesElfproef('111222334'), false);
    assert.equal(passesElfproef('12345678'), false);
    assert.equal(passesElfproef('1234567820'), false);
    assert.equal(passesElfproef('12345678a'), false);
    assert.equal(passesElfproef('000000000'), false);
  });
});

describe('the anonymisation guard', () => {
  test('a plain description of an exchange passes, with the case number, dates and times', () => {
    const text = 'In zaak MP-2026-0012 (afgerond op 12-03-2026, gesprek om 10.30 en 14:00) liep het tweede gesprek vast op de verwachtingen van de leidinggevende. Wie herkent dat? Het ging om 123 dagen verzuim en € 2.500.';
    assert.deepEqual(findPersonalData(text), []);
  });

  test('a BSN is found alone and grouped, but not a 9-digit number that fails the elfproef', () => {
    assert.deepEqual(findPersonalData('BSN 123456782 staat in het dossier'), ['bsn']);
    assert.deepEqual(findPersonalData('nummer 1234.56.782'), ['bsn']);
    assert.deepEqual(findPersonalData('nummer 123456789'), []);
  });

  test('Dutch phone numbers in their usual forms', () => {
    for (const phone of ['06-12345678', '06 12 34 56 78', '0612345678', '+31 6 12345678', '+31 (0)6 1234 5678', '0031612345678', '0522-123456', '010 123 4567']) {
      assert.deepEqual(findPersonalData(`Bel ${phone} even`), ['phone'], phone);
    }
    assert.deepEqual(findPersonalData('Op 06-12-2026 10:00 is de intervisie'), [], 'a date with a time is no phone number');
  });

  test('e-mail addresses and postcodes', () => {
    assert.deepEqual(findPersonalData('mail naar a.jansen@meppel.nl'), ['email']);
    assert.deepEqual(findPersonalData('woont in 7941 AB Meppel'), ['postcode']);
    assert.deepEqual(findPersonalData('woont in 7941AB'), ['postcode']);
  });

  const party = { names: ['Anouk de Vries-Bakker', 'Jan Jansen', 'Medewerker A'], emails: ['anouk@voorbeeld.nl'], phones: ['06-98765432'], addresses: ['Hoofdstraat 12'] };

  test("the linked case's party names, whole or by family name, any case and accents", () => {
    assert.deepEqual(findPersonalData('Ik sprak met jan jansen over zijn rol', party), ['party-name']);
    assert.deepEqual(findPersonalData('Mevrouw De Vries-Bakker wilde niet verder', party), ['party-name']);
    assert.deepEqual(findPersonalData('Medewerker A voelde zich niet gehoord', party), ['party-name']);
    assert.deepEqual(findPersonalData('Jansens aanpak werkte', party), [], 'part of a longer word is not the name');
    assert.deepEqual(findPersonalData('De medewerker voelde zich niet gehoord', party), []);
  });

  test("the party's e-mail, phone (in another notation) and address", () => {
    assert.deepEqual(findPersonalData('schrijf anouk@voorbeeld.nl', party), ['email', 'party-email']);
    assert.deepEqual(findPersonalData('bel +31 6 9876 5432', party), ['phone', 'party-phone']);
    assert.deepEqual(findPersonalData('het gesprek was aan de hoofdstraat 12', party), ['party-address']);
  });

  test('several findings come back once each, in a fixed order, and every category has a Dutch reason without data', () => {
    assert.deepEqual(findPersonalData('jan jansen, 111222333, jan@x.nl, 06-12345678, jan@x.nl', party), ['bsn', 'phone', 'email', 'party-name']);
    for (const c of FINDING_CATEGORIES) assert.match(FINDING_REASONS[c], /^De tekst /);
  });

  test('national digits of a phone number', () => {
    assert.equal(nationalDigits('+31 6 12345678'), '0612345678');
    assert.equal(nationalDigits('0031 6 12345678'), '0612345678');
    assert.equal(nationalDigits('+31 (0)6 12345678'), '0612345678');
    assert.equal(nationalDigits('06-123 456 78'), '0612345678');
  });
});

describe('the search text', () => {
  test('operators become spaces; empty is null', () => {
    assert.equal(searchText('  bemiddelingen  '), 'bemiddelingen');
    assert.equal(searchText('a & b | !(c:*) <-> d'), 'a b c - d');
    assert.equal(searchText(' &|! '), null);
    assert.equal(searchText(undefined), null);
    assert.equal(searchText('"vaststellings overeenkomst" -buren or intake'), '"vaststellings overeenkomst" -buren or intake');
  });
  test('tags are lower case, trimmed and unique', () => {
    assert.deepEqual(normaliseTags([' Intake ', 'intake', 'AVG  protocol', '']), ['intake', 'avg protocol']);
  });
});
