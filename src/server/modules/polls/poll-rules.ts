import { conflict, invalidField, ProblemError } from '../../http/problem.js';
import type { PollAnswerValue } from '../../db/schema-community.js';

export const pollClosed = (status: string) =>
  conflict(
    status === 'fixed'
      ? 'Deze datumprikker is al vastgezet; uw antwoord is niet opgeslagen. De gekozen datum staat in de e-mail die u kreeg.'
      : 'Deze datumprikker is gesloten; uw antwoord is niet opgeslagen.',
    'poll-closed',
  );

export const pollLinkUnknown = () =>
  new ProblemError(404, 'poll-link-unknown', 'Link onbekend.', 'Deze link is onbekend. Controleer of u de hele link uit de e-mail heeft overgenomen.');
export const pollLinkExpired = () =>
  new ProblemError(410, 'poll-link-expired', 'Link verlopen.', 'Deze link is verlopen: de voorgestelde momenten zijn voorbij. Neem contact op met uw mediator.');

/** An answer for every slot of the poll, and for nothing else. */
export function checkAnswers(slotIds: readonly string[], answers: readonly { slotId: string; answer: PollAnswerValue }[]) {
  const known = new Set(slotIds);
  const given = new Set<string>();
  answers.forEach((a, i) => {
    if (!known.has(a.slotId)) throw invalidField(`answers/${i}/slotId`, 'unknown-slot', 'Dit moment hoort niet bij deze datumprikker.');
    if (given.has(a.slotId)) throw invalidField(`answers/${i}/slotId`, 'duplicate', 'Voor dit moment staat al een antwoord.');
    given.add(a.slotId);
  });
  if (given.size !== known.size) throw invalidField('answers', 'incomplete', 'Geef voor elk moment een antwoord: ja, eventueel of nee.');
}
