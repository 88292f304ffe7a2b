import type { RetentionKind } from './retention-terms.js';

/**
 * What destruction removes and what it keeps, per kind (ADR 0018). The web shows these lists on
 * the review page, so the coordinator approves knowing both; the server's destruction follows
 * the same lists (modules/retention/repository/destroy.ts).
 */
export const DESTRUCTION_REMOVES: Readonly<Record<RetentionKind, readonly string[]>> = {
  case_file: [
    'namen, organisaties, afdelingen, e-mailadressen en telefoonnummers van de partijen',
    'titel en omschrijving van de zaak, triage-toelichting, doorverwijsadres',
    'vrije teksten van voorstellen, verklaringen, instemmingen en nazorg',
    'plaats, link en omschrijving van de gesprekken',
    'vrije teksten en namen in de tijdlijn van de zaak',
    'de inhoud van alle documenten van de zaak',
    'toelichtingen bij de uren',
    'de tekst van de berichten in casuïstiek-draden over de zaak',
    'datumprikkers voor het eerste gesprek, met de persoonlijke links en antwoorden van de partijen',
  ],
  documents: ['de inhoud (de bytes) en bestandsnamen van de documenten van de zaak'],
  hour_notes: ['toelichtingen en afwijzingsredenen bij de uren van de zaak'],
  survey_answers: ['de toelichting bij het antwoord', 'de opmerking bij de evaluatie van een bijeenkomst (vanaf de maand waarin die eindigde)'],
  mail_log: ['de hele e-mail: adres, onderwerp en inhoud'],
};

export const DESTRUCTION_KEEPS: Readonly<Record<RetentionKind, readonly string[]>> = {
  case_file: [
    'zaaknummer, soort, verwijzer (soort), urgentie, route en status',
    'alle datums en termijnen',
    'uitkomst (categorie), schriftelijke afspraken ja/nee, nazorg (ja/deels/nee)',
    'mediators, uren (minuten, datum, gemeenten) en bedragen',
    'de rol en gemeente van elke partij (zonder naam)',
    'de tijdlijn zonder vrije tekst (wanneer, welke stap)',
    'de vernietigingsverklaring (wat, wanneer, goedgekeurd door wie)',
    'de casuïstiek-draad zelf (titel, wie en wanneer), zonder de tekst van de berichten',
  ],
  documents: ['soort, grootte en vingerafdruk (sha-256) van elk document', 'de vernietigingsverklaring'],
  hour_notes: ['de uren zelf: minuten, datum, activiteit, gemeenten, status'],
  survey_answers: ['de drie scores, de gemeente en de maand', 'bij een evaluatie: de twee cijfers'],
  mail_log: ['de vernietigingsverklaring met het aantal e-mails'],
};

/** A destruction list's states: a proposal is reviewed, then approved once and carried out in the same step. */
export const DESTRUCTION_LIST_STATUSES = ['proposed', 'destroyed'] as const;
export type DestructionListStatus = (typeof DESTRUCTION_LIST_STATUSES)[number];
