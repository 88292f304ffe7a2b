/** Texts of the register of processing activities and the audit chain check (Dutch). */
export const processingNl = {
  register: {
    title: 'Verwerkingsregister',
    intro:
      'Het register van verwerkingsactiviteiten van de pool (AVG artikel 30). Elke regel in het auditlog noemt een van deze activiteiten, de betrokkene (als verwijzing, nooit een naam) en een trace-id waarmee een gemeente de regel in haar eigen logboek terugvindt (naar het Logboek Dataverwerkingen van Logius).',
    add: 'Activiteit toevoegen',
    chainLink: 'Controleer de keten van het auditlog',
    standard: 'Standaard',
    own: 'Eigen activiteit',
    reworded: 'Aangepast door de pool',
    code: 'Code in het auditlog',
    edit: 'Wijzigen',
    editLabel: (name: string) => `${name} wijzigen`,
    unassignedNote: 'Handelingen zonder activiteit komen hier terecht; meld ze aan de leverancier.',
    empty: 'Er zijn nog geen activiteiten.',
    saved: 'De activiteit is opgeslagen.',
    added: 'De activiteit is toegevoegd.',
  },
  fields: {
    name: 'Naam',
    purpose: 'Doel',
    legalBasis: 'Grondslag',
    dataCategories: 'Categorieën persoonsgegevens',
    subjectCategories: 'Categorieën betrokkenen',
    retention: 'Bewaartermijn',
    recipients: 'Ontvangers',
  },
  hints: {
    legalBasis: 'Bijvoorbeeld: AVG art. 6 lid 1 sub e (taak van algemeen belang), met de wet die de taak geeft.',
    retention: 'Hoe lang, en vanaf wanneer; noem de bron (bijvoorbeeld de Selectielijst gemeenten).',
  },
  edit: {
    titleNew: 'Activiteit toevoegen',
    title: (name: string) => `${name} wijzigen`,
    codeFixed: (code: string) => `De code “${code}” blijft gelijk: het auditlog verwijst ernaar.`,
    save: 'Opslaan',
    cancel: 'Annuleren',
    required: 'Vul dit veld in.',
    back: 'Terug naar het register',
  },
  chain: {
    title: 'Controleer de keten',
    intro:
      'Elke regel van het auditlog draagt een hash over haar inhoud en de hash van de regel ervoor. De controle rekent de hele keten na: een gewijzigde, verwijderde of buiten de software om toegevoegde regel breekt de keten vanaf die plek. Dezelfde controle draait met “mediatorpool audit verify”.',
    run: 'Controleer de keten',
    again: 'Opnieuw controleren',
    intact: (n: string) => `De keten is intact: ${n} rijen gecontroleerd.`,
    broken: 'De keten is verbroken.',
    head: 'Laatste schakel',
    checkedAt: 'Gecontroleerd op',
    where: 'Eerste verbroken schakel',
    link: (seq: number) => `schakel ${seq}`,
    row: (id: number) => `auditrij ${id}`,
    elsewhere: 'in een regel van een andere pool op deze installatie',
    before: (n: string) => `De ${n} schakels daarvoor zijn in orde.`,
    advice: 'Bewaar deze uitkomst, meld het aan de functionaris gegevensbescherming en zoek in de back-ups naar de oorspronkelijke regel.',
    reasons: {
      'content-changed': 'De inhoud van de regel past niet meer bij haar hash: de regel is gewijzigd.',
      'link-broken': 'De schakel verwijst niet naar de hash van de vorige: een schakel is vervangen.',
      'sequence-gap': 'Deze schakel ontbreekt: hij is verwijderd.',
      'row-missing': 'De auditregel van deze schakel ontbreekt: hij is verwijderd.',
      'row-unchained': 'Deze auditregel heeft geen schakel: hij is buiten de software om geschreven.',
    },
  },
};

export type ProcessingMessages = typeof processingNl;
