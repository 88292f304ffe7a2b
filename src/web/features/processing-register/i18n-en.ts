import type { ProcessingMessages } from './i18n-nl.js';

/** Texts of the register of processing activities and the audit chain check (English). */
export const processingEn: ProcessingMessages = {
  register: {
    title: 'Register of processing activities',
    intro:
      'The pool’s register of processing activities (GDPR article 30). Every entry of the audit log names one of these activities, the data subject (as a reference, never a name) and a trace id with which a municipality finds the entry in its own logs (after Logius’ Logboek Dataverwerkingen). The register is kept in Dutch, as the municipality files it.',
    add: 'Add an activity',
    chainLink: 'Check the audit log’s chain',
    standard: 'Standard',
    own: 'Own activity',
    reworded: 'Reworded by the pool',
    code: 'Code in the audit log',
    edit: 'Edit',
    editLabel: (name: string) => `Edit ${name}`,
    unassignedNote: 'Actions without an activity end up here; report them to the supplier.',
    empty: 'There are no activities yet.',
    saved: 'The activity has been saved.',
    added: 'The activity has been added.',
  },
  fields: {
    name: 'Name',
    purpose: 'Purpose',
    legalBasis: 'Legal basis',
    dataCategories: 'Categories of personal data',
    subjectCategories: 'Categories of data subjects',
    retention: 'Retention',
    recipients: 'Recipients',
  },
  hints: {
    legalBasis: 'For example: GDPR art. 6(1)(e) (public task), with the law that gives the task.',
    retention: 'How long, and from when; name the source (for example the municipal selection list).',
  },
  edit: {
    titleNew: 'Add an activity',
    title: (name: string) => `Edit ${name}`,
    codeFixed: (code: string) => `The code “${code}” stays the same: the audit log refers to it.`,
    save: 'Save',
    cancel: 'Cancel',
    required: 'Fill in this field.',
    back: 'Back to the register',
  },
  chain: {
    title: 'Check the chain',
    intro:
      'Every entry of the audit log carries a hash over its content and the hash of the entry before it. The check recomputes the whole chain: an entry that was changed, removed or added past the software breaks the chain from that point. The same check runs with “mediatorpool audit verify”.',
    run: 'Check the chain',
    again: 'Check again',
    intact: (n: string) => `The chain is intact: ${n} entries checked.`,
    broken: 'The chain is broken.',
    head: 'Last link',
    checkedAt: 'Checked at',
    where: 'First broken link',
    link: (seq: number) => `link ${seq}`,
    row: (id: number) => `audit entry ${id}`,
    elsewhere: 'in an entry of another pool on this installation',
    before: (n: string) => `The ${n} links before it are in order.`,
    advice: 'Keep this result, report it to the data protection officer and look for the original entry in the backups.',
    reasons: {
      'content-changed': 'The entry’s content no longer matches its hash: the entry was changed.',
      'link-broken': 'The link does not refer to the previous link’s hash: a link was replaced.',
      'sequence-gap': 'This link is missing: it was removed.',
      'row-missing': 'The audit entry of this link is missing: it was removed.',
      'row-unchained': 'This audit entry has no link: it was written past the software.',
    },
  },
};
