/**
 * The standard processing activities of a pool (AVG art. 30 register), which every audit row
 * names by code. A pool's administrator may reword each of them and add activities of their own
 * in the register (Beheer → Verwerkingsregister); the codes below stay fixed, because the log
 * refers to them. The wording is the register's own language, Dutch, as a municipality files it.
 */
export interface ProcessingActivityText {
  name: string;
  purpose: string;
  legalBasis: string;
  dataCategories: string;
  subjectCategories: string;
  retention: string;
  recipients: string;
}

export const DEFAULT_ACTIVITY_CODE = 'nog-niet-ingedeeld';

export const STANDARD_ACTIVITIES = {
  zaakbehandeling: {
    name: 'Behandeling van mediationzaken',
    purpose: 'Verwijzing, intake, triage, mediationgesprekken, documenten, afronding en nazorg van een zaak.',
    legalBasis: 'AVG art. 6 lid 1 sub e (taak van algemeen belang: informele behandeling van conflicten en bezwaren, Awb art. 7:3 en 7:13) en sub b (de mediationovereenkomst met de partijen).',
    dataCategories: 'Namen en contactgegevens van partijen, rol en afdeling, beschrijving van het conflict, afspraken, documenten, data van gesprekken.',
    subjectCategories: 'Partijen (medewerkers, leidinggevenden, inwoners), verwijzers, mediators.',
    retention: 'Volgens de bewaartermijnen van de pool (Beheer → Bewaartermijnen); standaard 7 jaar na afronding (Selectielijst gemeenten).',
    recipients: 'Coördinator, de mediators van de zaak, de verwijzer (alleen status en uitkomstcategorie).',
  },
  matching: {
    name: 'Koppeling van mediators aan zaken',
    purpose: 'Een geschikte, onafhankelijke mediator voorstellen: uitsluitingen, beschikbaarheid, relaties en instemming van partijen.',
    legalBasis: 'AVG art. 6 lid 1 sub e (taak van algemeen belang) en sub b (instemming met de voorgestelde mediator).',
    dataCategories: 'Profiel van de mediator (gemeente, beroep, talen, capaciteit), relaties met partijen, voorstellen en reacties.',
    subjectCategories: 'Mediators, partijen.',
    retention: 'Als de zaak.',
    recipients: 'Coördinator, voorgestelde mediator, partijen (alleen de voorgestelde naam).',
  },
  'uren-en-verrekening': {
    name: 'Urenverantwoording en verrekening',
    purpose: 'Uren van mediators vastleggen en goedkeuren, en de kosten tussen de deelnemende gemeenten verrekenen.',
    legalBasis: 'AVG art. 6 lid 1 sub c (wettelijke verplichting: Gemeentewet art. 212, financiële verantwoording) en sub e (het convenant van de pool).',
    dataCategories: 'Naam van de mediator, gewerkte uren, zaaknummer, tarieven, bedragen.',
    subjectCategories: 'Mediators.',
    retention: '7 jaar (fiscale bewaarplicht, AWR art. 52).',
    recipients: 'Coördinator, financiële afdelingen van de deelnemende gemeenten.',
  },
  rapportage: {
    name: 'Rapportage en jaarverslag',
    purpose: 'Verantwoording over het gebruik van de pool, geaggregeerd en met de kleine-aantallenregel.',
    legalBasis: 'AVG art. 6 lid 1 sub e (taak van algemeen belang) en art. 89 (statistiek, met waarborgen).',
    dataCategories: 'Aantallen per type, route, uitkomst en gemeente; geen namen.',
    subjectCategories: 'Partijen en mediators (alleen geaggregeerd).',
    retention: 'Rapporten zelf: 10 jaar; zij bevatten geen persoonsgegevens.',
    recipients: 'Deelnemende gemeenten, het bestuur van de pool.',
  },
  registerbeheer: {
    name: 'Beheer van het mediatorregister',
    purpose: 'Het bijhouden van de mediators van de pool: status, beschikbaarheid, relaties en permanente educatie.',
    legalBasis: 'AVG art. 6 lid 1 sub b (de aanstelling als mediator in de pool) en sub e.',
    dataCategories: 'Naam, contactgegevens, gemeente, beroep, talen, registratie (MfN), PE-punten, afwezigheid.',
    subjectCategories: 'Mediators.',
    retention: 'Tot 2 jaar na uitschrijving uit de pool.',
    recipients: 'Coördinator.',
  },
  poolbeheer: {
    name: 'Beheer van de pool',
    purpose: 'Convenant, deelnemende gemeenten, tarieven en instellingen van de pool.',
    legalBasis: 'AVG art. 6 lid 1 sub e (het convenant van de pool).',
    dataCategories: 'Namen en contactgegevens van contactpersonen van gemeenten.',
    subjectCategories: 'Contactpersonen van de deelnemende gemeenten.',
    retention: 'Zolang de gemeente deelneemt, daarna 2 jaar.',
    recipients: 'Beheerder, coördinator.',
  },
  accountbeheer: {
    name: 'Accountbeheer en toegang',
    purpose: 'Accounts aanmaken, uitnodigen, rollen toekennen, wachtwoorden en API-tokens beheren.',
    legalBasis: 'AVG art. 6 lid 1 sub e en art. 32 (passende beveiliging, BIO).',
    dataCategories: 'Naam, e-mailadres, rollen, gemeente, taal, aanmeldgegevens (gehasht).',
    subjectCategories: 'Gebruikers (beheerders, coördinatoren, contactpersonen, mediators, financiën).',
    retention: 'Zolang het account bestaat; uitnodigingen en herstelcodes tot ze verlopen.',
    recipients: 'Beheerder.',
  },
  beveiligingslogging: {
    name: 'Beveiliging en logging',
    purpose: 'Aanmeldingen, geweigerde toegang en de controle van het auditlog vastleggen, om misbruik te ontdekken en verantwoording af te leggen.',
    legalBasis: 'AVG art. 6 lid 1 sub c (wettelijke verplichting: AVG art. 5 lid 2 en art. 32; BIO 12.4 logging).',
    dataCategories: 'Account, tijdstip, handeling, IP-adres, trace-id.',
    subjectCategories: 'Gebruikers, bezoekers.',
    retention: 'Auditlog: zolang de gegevens waarop het betrekking heeft, ten minste 1 jaar.',
    recipients: 'Beheerder; op verzoek de functionaris gegevensbescherming.',
  },
  berichtenverkeer: {
    name: 'Berichtenverkeer',
    purpose: 'Uitgaande e-mail (uitnodigingen, voorstellen, herinneringen) versturen en bij fouten opnieuw proberen.',
    legalBasis: 'AVG art. 6 lid 1 sub e (als de verwerking waarvoor het bericht wordt gestuurd).',
    dataCategories: 'E-mailadres, onderwerp; de inhoud van een verstuurd bericht wordt niet bewaard.',
    subjectCategories: 'Gebruikers, partijen, mediators.',
    retention: 'Verzendgegevens: 1 jaar.',
    recipients: 'Beheerder; de mailserver van de pool (verwerker).',
  },
  kwaliteit: {
    name: 'Tevredenheidsonderzoek',
    purpose: 'Partijen na afloop vragen naar hun ervaring, om de pool te verbeteren.',
    legalBasis: 'AVG art. 6 lid 1 sub e; deelname is vrijwillig.',
    dataCategories: 'Antwoorden op de vragenlijst, gekoppeld aan de zaak.',
    subjectCategories: 'Partijen.',
    retention: '2 jaar, daarna alleen geaggregeerd.',
    recipients: 'Coördinator (geaggregeerd).',
  },
  'bewaren-en-vernietigen': {
    name: 'Bewaren en vernietigen',
    purpose: 'Vernietigingslijsten opstellen, laten goedkeuren en uitvoeren; de vernietigingsverklaring bewaren.',
    legalBasis: 'AVG art. 6 lid 1 sub c (Archiefwet 1995 art. 3 en 5; AVG art. 5 lid 1 sub e).',
    dataCategories: 'Zaaknummers, data, categorieën; geen inhoud.',
    subjectCategories: 'Partijen, mediators.',
    retention: 'Vernietigingsverklaringen: permanent.',
    recipients: 'Coördinator, archivaris van de gemeente.',
  },
  'rechten-betrokkenen': {
    name: 'Rechten van betrokkenen',
    purpose: 'Verzoeken om inzage, correctie en verwijdering (AVG art. 15–17) behandelen.',
    legalBasis: 'AVG art. 6 lid 1 sub c (wettelijke verplichting: AVG art. 12–17).',
    dataCategories: 'Alle gegevens over de betrokkene die de pool bewaart, en wie ze inzag.',
    subjectCategories: 'Partijen, mediators, gebruikers.',
    retention: 'Het verzoek en de afhandeling: 2 jaar.',
    recipients: 'De betrokkene; de beheerder.',
  },
  gemeenschap: {
    name: 'Intervisie, scholing en kennisdeling',
    purpose: 'Intervisiegroepen, trainingen, datumprikkers, de kennisbank en casuïstiekbesprekingen van de mediators.',
    legalBasis: 'AVG art. 6 lid 1 sub b (de aanstelling als mediator, permanente educatie) en sub e.',
    dataCategories: 'Naam, deelname, aanwezigheid, PE-punten, bijdragen (zonder partijgegevens).',
    subjectCategories: 'Mediators, procesbegeleiders, coördinatoren.',
    retention: 'Aanwezigheid en PE-punten: 3 jaar (registratiecyclus MfN); bijdragen zolang de groep bestaat.',
    recipients: 'Deelnemers, coördinator.',
  },
  voorportaal: {
    name: 'Voorportaal en zelfaanmelding',
    purpose: 'Inwoners en medewerkers wijzen naar de passende route en een zelfaanmelding ontvangen.',
    legalBasis: 'AVG art. 6 lid 1 sub e (taak van algemeen belang) en sub a (de aanmelder kiest zelf).',
    dataCategories: 'Naam, contactgegevens, korte omschrijving van het conflict; van doorverwezen bezoekers alleen anonieme aantallen.',
    subjectCategories: 'Aanmelders (inwoners, medewerkers).',
    retention: 'Als de zaak; een aanmelding die geen zaak wordt: 3 maanden.',
    recipients: 'Coördinator.',
  },
  [DEFAULT_ACTIVITY_CODE]: {
    name: 'Nog niet ingedeeld',
    purpose: 'Handelingen waarvoor de software (nog) geen verwerkingsactiviteit kent. De beheerder ziet ze in het register en laat ze indelen.',
    legalBasis: 'Nog vast te stellen.',
    dataCategories: 'Zie het auditlog.',
    subjectCategories: 'Zie het auditlog.',
    retention: 'Als het auditlog.',
    recipients: 'Beheerder.',
  },
} as const satisfies Record<string, ProcessingActivityText>;

export type StandardActivityCode = keyof typeof STANDARD_ACTIVITIES;

export const STANDARD_ACTIVITY_CODES = Object.keys(STANDARD_ACTIVITIES) as StandardActivityCode[];

export const isStandardActivityCode = (code: string): code is StandardActivityCode => Object.hasOwn(STANDARD_ACTIVITIES, code);
