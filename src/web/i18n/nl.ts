import { PASSWORD_MIN_LENGTH, passwordProblemText } from '../../domain/password-rules.js';
import type { RegistryMessages } from '../features/registry/i18n-nl.js';
import type { CasesMessages } from '../features/cases/i18n-nl.js';
import type { MatchingMessages } from '../features/matching/i18n-nl.js';
import type { ReportsMessages } from '../features/reports/i18n-nl.js';
import type { OutcomesMessages } from '../features/outcomes/i18n-nl.js';
import type { CommunityMessages } from '../features/community/i18n-nl.js';
import type { KnowledgeBaseMessages } from '../features/knowledge-base/i18n-nl.js';
import type { CaseDiscussionMessages } from '../features/case-discussion/i18n-nl.js';
import type { EventsMessages } from '../features/events/i18n-nl.js';
import type { GrowthMessages } from '../features/growth/i18n-nl.js';
import type { HoursMessages } from '../features/hours/i18n-nl.js';
import type { SettlementMessages } from '../features/settlement/i18n-nl.js';
import type { SessionsMessages } from '../features/sessions/i18n-nl.js';
import type { ProfileMessages } from '../features/profile/i18n-nl.js';
import type { SecurityMessages } from '../features/account-security/i18n-nl.js';
import type { InvitationsMessages, UserEditMessages, UsersMessages } from '../features/users/i18n-nl.js';
import type { AuditMessages } from '../features/audit/i18n-nl.js';
import type { MailMessages } from '../features/mail-outbox/i18n-nl.js';
import type { ProcessingMessages } from '../features/processing-register/i18n-nl.js';
import type { PrivacyMessages } from '../features/privacy/i18n-nl.js';
import type { WorkspaceMessages } from '../features/home/i18n-nl.js';
import type { NetworkMessages } from '../features/network/i18n-nl.js';
import type { PoolBenchmarkMessages } from '../features/pool-benchmark/i18n-nl.js';
import type { LendingAgreementsMessages } from '../features/lending-agreements/i18n-nl.js';
import type { DirectoryMessages } from '../features/directory/i18n-nl.js';
import type { FrontDoorMessages } from '../features/front-door/i18n-nl.js';
import type { SingleSignOnMessages } from '../features/single-sign-on/i18n-nl.js';

/**
 * The Dutch texts of the web app's frame: the source language. `en.ts` has to provide exactly the
 * same keys (enforced by its type), so a text missing in English is a compile error, not a blank.
 *
 * Only what every page may need is here (the frame and menu, sign-in, errors). A feature
 * with a catalogue of its own keeps it in `features/<feature>/i18n-nl.ts` and `i18n-en.ts`; it is
 * a chunk of its own per language, loaded with the feature's pages (see `catalogues.ts`), so the
 * login page does not download the texts of every feature.
 */
export const nl = {
  language: {
    name: 'Nederlands',
    switchLabel: 'English',
    switchLang: 'en',
    switchHint: 'Switch to English',
  },
  common: {
    appName: 'Mediatorpool',
    loading: 'Bezig met laden…',
    loaded: 'Geladen.',
    saving: 'Bezig met opslaan…',
    save: 'Opslaan',
    saved: 'Opgeslagen.',
    cancel: 'Annuleren',
    close: 'Sluiten',
    back: 'Terug',
    retry: 'Opnieuw proberen',
    search: 'Zoeken',
    filter: 'Filteren',
    clearFilters: 'Filters wissen',
    all: 'Alle',
    yes: 'Ja',
    no: 'Nee',
    none: 'Geen',
    /** Who did something when it was not a signed-in person (stored in Dutch by the server). */
    machineActors: {
      systeem: 'systeem',
      demo: 'demo',
      anoniem: 'anoniem',
      'partij (link)': 'partij (link)',
      'partij (anoniem)': 'partij (anoniem)',
      'eerste start': 'eerste start',
      opdrachtregel: 'opdrachtregel',
      bewaartermijnen: 'bewaartermijnen',
      'zelfaanmelder (voorportaal)': 'zelfaanmelder (voorportaal)',
    } as Record<string, string>,
    never: 'Nooit',
    actions: 'Acties',
    errorPrefix: 'Fout:',
    showPassword: 'Wachtwoord tonen',
    copy: 'Kopiëren',
    copied: 'Gekopieerd naar het klembord.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de tekst en kopieer die zelf (Ctrl+C).',
    loadFailed: 'Het laden is mislukt.',
    networkError: 'Er is geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.',
    unexpectedError: 'Er ging iets mis. Probeer het opnieuw.',
  },
  shell: {
    skipLink: 'Naar de inhoud',
    mainNav: 'Hoofdmenu',
    userMenu: 'Uw account',
    signedInAs: 'Ingelogd als',
    logout: 'Uitloggen',
    loggingOut: 'Bezig met uitloggen…',
    footerText: 'Een gedeelde pool van mediators voor gemeenten.',
    apiDocs: 'API-documentatie',
    contactLabel: 'Vragen?',
    contactEmail: 'E-mail',
    contactPhone: 'Telefoon',
    homeLink: (pool: string) => `${pool}, naar de startpagina`,
    poolSwitchLabel: 'Pool',
    poolSwitchButton: 'Wisselen',
    platformPools: 'Alle pools',
    publicNav: 'Openbaar',
    directoryLink: 'Gids van mediatorpools',
    platformInitiatives: 'Initiatieven in de gids',
  },
  nav: {
    home: 'Mijn werk',
    frontDoorReport: 'Voorportaal',
    frontDoorReportDescription: 'Welke routes het voorportaal adviseerde, per maand (anoniem)',
    lendingAgreements: 'Uitleenovereenkomsten',
    lendingAgreementsDescription: 'Mediators uitlenen aan en lenen van andere pools: voorwaarden en uren dit jaar',
    loanRequests: 'Uitleenverzoeken',
    loanRequestsDescription: 'Verzoeken van partnerpools om een mediator te lenen: goedkeuren of afwijzen',
    profile: 'Profiel',
    users: 'Gebruikers',
    audit: 'Auditlog',
    processing: 'Verwerkingsregister',
    mail: 'Uitgaande e-mail',
    retention: 'Bewaartermijnen',
    dataSubjects: 'Rechten van betrokkenen',
    signIn: 'Inloggen en SSO',
    community: 'Community',
    communityDescription: 'Intervisie, agenda, kennisbank en casuïstiek met collega-mediators.',
  },
  roles: {
    admin: 'Beheerder',
    coordinator: 'Coördinator',
    contact: 'Contactpersoon',
    mediator: 'Mediator',
    finance: 'Financiën',
  },
  roleDescriptions: {
    admin: 'Richt de pool in en beheert de accounts, het auditlog en de uitgaande e-mail.',
    coordinator: 'Ontvangt aanmeldingen, zoekt een passende mediator, bewaakt termijnen en verzorgt de verrekening.',
    contact: 'Meldt zaken aan namens de gemeente en volgt de voortgang.',
    mediator: 'Neemt zaken aan, meldt belangenverstrengeling en registreert gesprekken en uren.',
    finance: 'Bekijkt en keurt de verrekening tussen de gemeenten goed.',
  },
  form: {
    summaryHeading: 'Controleer het formulier',
    summaryIntro: 'Er is iets niet goed gegaan:',
    requiredField: 'Vul dit veld in.',
    invalidEmail: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
    chooseAtLeastOne: 'Kies er minstens één.',
    invalidDate: 'Vul een geldige datum in.',
    endBeforeStart: 'Kies een einddatum op of na de begindatum.',
  },
  password: {
    hint: `Gebruik minstens ${PASSWORD_MIN_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden. Het wachtwoord mag niet gelijk zijn aan uw e-mailadres.`,
    problems: passwordProblemText,
  },
  login: {
    title: 'Inloggen',
    intro: (pool: string) => `Log in bij ${pool} met uw e-mailadres en wachtwoord.`,
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    submitting: 'Bezig met inloggen…',
    forgot: 'Wachtwoord vergeten?',
    directoryHint: 'Geen account, maar op zoek naar mediation voor uw gemeente?',
    frontDoorHint: 'Een conflict met uw werkgever, een collega, de gemeente of de buren?',
    frontDoorLink: 'Vind de juiste hulp bij een conflict',
    failedHeading: 'Inloggen is niet gelukt',
    expired: 'Uw sessie is verlopen. Log opnieuw in om verder te gaan.',
    loggedOut: 'U bent uitgelogd.',
    noAccount: 'Nog geen account? U krijgt een uitnodiging per e-mail van de beheerder van de pool.',
  },
  sso: {
    heading: 'Inloggen via uw organisatie',
    button: (organisation: string) => `Inloggen met ${organisation}`,
    orPassword: 'Of log in met uw e-mailadres en wachtwoord:',
    failedHeading: 'Inloggen via uw organisatie is niet gelukt',
    failures: {
      verlopen: 'Het inloggen duurde te lang of is in een ander venster begonnen. Probeer het opnieuw.',
      ongeldig: 'Het antwoord van de inlogdienst kon niet worden gecontroleerd. Er is niets gewijzigd. Probeer het opnieuw; blijft dit gebeuren, meld het dan bij de beheerder van de pool.',
      'niet-geverifieerd': 'Uw organisatie heeft uw e-mailadres niet als gecontroleerd doorgegeven. Zonder gecontroleerd adres kunnen we u niet aan een account koppelen.',
      'geen-account': 'Er is bij deze pool geen account voor u. Vraag de beheerder van de pool om een uitnodiging of om u toegang te geven.',
      geweigerd: 'Het inloggen is afgebroken of door uw organisatie geweigerd.',
      'niet-beschikbaar': 'Deze inlogdienst is nu niet beschikbaar. Probeer het later opnieuw of log in met uw wachtwoord.',
    } as Record<string, string>,
  },
  invitation: {
    title: 'Uitnodiging accepteren',
    checking: 'Bezig met het controleren van de uitnodiging…',
    unusableHeading: 'Deze uitnodiging werkt niet meer',
    unusable: 'De link is onbekend, al gebruikt, ingetrokken of verlopen. Vraag de beheerder van de pool om een nieuwe uitnodiging.',
    intro: (pool: string) => `U bent uitgenodigd voor ${pool}. Kies een wachtwoord om uw account te activeren.`,
    expires: (date: string) => `Deze uitnodiging verloopt op ${date}.`,
    name: 'Uw naam',
    nameHint: 'Zoals collega’s u in de pool te zien krijgen.',
    email: 'E-mailadres',
    emailHint: 'Hiermee logt u voortaan in.',
    emailFixed: (email: string) => `U logt in met ${email}.`,
    password: 'Kies een wachtwoord',
    submit: 'Account activeren',
    introExisting: (pool: string) => `U bent uitgenodigd voor ${pool}. U heeft al een account: vul uw wachtwoord in om deze pool aan uw account toe te voegen.`,
    passwordExisting: 'Uw wachtwoord',
    passwordExistingHint: 'Het wachtwoord waarmee u nu al inlogt.',
    submitExisting: 'Pool toevoegen aan mijn account',
    submitting: 'Bezig met activeren…',
    toLogin: 'Naar de inlogpagina',
  },
  forgot: {
    title: 'Wachtwoord vergeten',
    intro: 'Vul het e-mailadres van uw account in. U krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen.',
    email: 'E-mailadres',
    submit: 'Link versturen',
    submitting: 'Bezig met versturen…',
    doneHeading: 'Kijk in uw mailbox',
    done: 'Als er een account bij dit e-mailadres hoort, ontvangt u binnen enkele minuten een e-mail met een link. De link werkt één keer en is 60 minuten geldig. Kijk ook in uw map met ongewenste e-mail.',
    backToLogin: 'Terug naar inloggen',
  },
  reset: {
    title: 'Nieuw wachtwoord kiezen',
    intro: 'Kies een nieuw wachtwoord voor uw account. Daarna logt u overal opnieuw in.',
    password: 'Nieuw wachtwoord',
    submit: 'Wachtwoord opslaan',
    submitting: 'Bezig met opslaan…',
    doneHeading: 'Uw wachtwoord is gewijzigd',
    done: 'U kunt nu inloggen met uw nieuwe wachtwoord.',
    unusableHeading: 'Deze link werkt niet meer',
    unusable: 'De link is onbekend, al gebruikt of verlopen. Een link werkt één keer en is 60 minuten geldig. Vraag een nieuwe link aan.',
    requestNew: 'Vraag een nieuwe link aan',
    toLogin: 'Naar de inlogpagina',
  },
  home: {
    title: 'Home',
    welcome: (name: string) => `Welkom, ${name}`,
    intro: (pool: string) => `U werkt in ${pool}.`,
    rolesHeading: 'Uw rollen',
    noRoles: 'U heeft nog geen rol in de pool. Vraag de beheerder om u een rol te geven.',
    municipality: (name: string) => `U bent verbonden aan de gemeente ${name}.`,
    tasksHeading: 'Direct naar',
    tasks: {
      profile: 'Uw profiel, wachtwoord en API-tokens',
      users: 'Gebruikers beheren en uitnodigen',
      audit: 'Het auditlog doorzoeken',
      processing: 'Het verwerkingsregister bijhouden en de auditketen controleren',
      mail: 'De uitgaande e-mail bekijken',
      retention: 'Bewaartermijnen instellen en vernietigingslijsten beoordelen',
      dataSubjects: 'Inzage, correctie en verwijdering voor een persoon afhandelen',
    },
  },
  pagination: {
    label: 'Paginering',
    previous: 'Vorige',
    next: 'Volgende',
    previousLabel: 'Vorige pagina',
    nextLabel: 'Volgende pagina',
    status: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
    // More results than a list counts (LIST_REACH): the pages reach the first of them only.
    statusCapped: (page: number, pages: number) => `Pagina ${page} van ten minste ${pages}`,
    reachEnd: (reach: number) =>
      `De lijst toont de eerste ${reach.toLocaleString('nl-NL')} resultaten. Verfijn de filters of draai de sortering om om de rest te zien.`,
  },
  errors: {
    notFoundTitle: 'Pagina niet gevonden',
    notFound: 'Deze pagina bestaat niet (meer). Controleer het adres, of ga naar de startpagina.',
    forbiddenTitle: 'Geen toegang',
    forbidden: 'U heeft geen toegang tot deze pagina. Denkt u dat dit niet klopt? Neem contact op met de beheerder van de pool.',
    errorTitle: 'Er ging iets mis',
    error: 'Er ging iets mis bij het tonen van deze pagina. Probeer het opnieuw. Blijft het misgaan, neem dan contact op met de beheerder en vermeld wat u aan het doen was.',
    reload: 'Pagina opnieuw laden',
    toHome: 'Naar de startpagina',
  },
  /** Messages for known server problems; Dutch uses the server's own text, so these stay empty. */
  problems: {} as Record<string, string>,
  fieldProblems: {} as Record<string, string>,
};

/** The frame's texts, always loaded before the first render (in the chosen language). */
export type CoreMessages = typeof nl;

/** The features' own catalogues, by the key under which `t` shows them. */
export interface FeatureMessages {
  registry: RegistryMessages;
  cases: CasesMessages;
  matching: MatchingMessages;
  reports: ReportsMessages;
  outcomes: OutcomesMessages;
  hours: HoursMessages;
  settlement: SettlementMessages;
  sessions: SessionsMessages;
  profile: ProfileMessages;
  security: SecurityMessages;
  users: UsersMessages;
  userEdit: UserEditMessages;
  invitations: InvitationsMessages;
  audit: AuditMessages;
  mail: MailMessages;
  processing: ProcessingMessages;
  privacy: PrivacyMessages;
  workspace: WorkspaceMessages;
  community: CommunityMessages;
  knowledgeBase: KnowledgeBaseMessages;
  caseDiscussion: CaseDiscussionMessages;
  events: EventsMessages;
  growth: GrowthMessages;
  network: NetworkMessages;
  poolBenchmark: PoolBenchmarkMessages;
  lendingAgreements: LendingAgreementsMessages;
  directory: DirectoryMessages;
  frontDoor: FrontDoorMessages;
  singleSignOn: SingleSignOnMessages;
}

/**
 * Everything `useI18n().t` offers. A feature's part is there once its catalogue is loaded: the
 * routes load it before the feature's pages render (app/routes.tsx).
 */
export type Messages = CoreMessages & FeatureMessages;
