import type { CommunityMessages } from './i18n-nl.js';

export const communityEn: CommunityMessages = {
  landing: {
    title: 'Community',
    intro: 'Everything you do together with the pool’s fellow mediators and process facilitators: peer supervision, training, knowledge and case discussion.',
    sections: {
      intervision: { title: 'Peer supervision', text: 'Peer supervision (intervision) groups, date polls and attendance. Attendance counts as intervision points automatically.' },
      agenda: { title: 'Events', text: 'Training, masterclasses and regional meetings, with education points.' },
      knowledge: { title: 'Knowledge base', text: 'The pool’s templates, method notes and literature.' },
      discussion: { title: 'Case discussion', text: 'Closed, anonymised discussion of cases.' },
    },
  },
};
