/** The loan mails (through the outbox): to the lending pool's coordinators, the borrowing coordinator and the mediator. */

const sign = (pool: string) => ['', 'Met vriendelijke groet,', pool];

export const loanRequestedMail = (p: { name: string; borrowingPool: string; lendingPool: string; mediator: string; caseNumber: string; requester: string; link: string }) => ({
  subject: `Verzoek om ${p.mediator} uit te lenen (${p.borrowingPool})`,
  text: [
    `Beste ${p.name},`,
    '',
    `${p.requester} van ${p.borrowingPool} vraagt ${p.mediator} te lenen voor zaak ${p.caseNumber}, onder de uitleenovereenkomst met ${p.lendingPool}.`,
    'Keur het verzoek goed of wijs het af met een reden:',
    '',
    p.link,
    ...sign(p.lendingPool),
  ].join('\n'),
});

export const loanApprovedMail = (p: { name: string; borrowingPool: string; lendingPool: string; mediator: string; caseNumber: string; auto: boolean; link: string }) => ({
  subject: `Zaak ${p.caseNumber}: ${p.mediator} is uitgeleend door ${p.lendingPool}`,
  text: [
    `Beste ${p.name},`,
    '',
    p.auto
      ? `De uitleenovereenkomst met ${p.lendingPool} keurt leningen meteen goed: ${p.mediator} mag worden voorgesteld voor zaak ${p.caseNumber}.`
      : `${p.lendingPool} heeft de lening van ${p.mediator} voor zaak ${p.caseNumber} goedgekeurd.`,
    `Stel ${p.mediator} nu voor op de zaak, zoals u gewend bent.`,
    '',
    p.link,
    ...sign(p.borrowingPool),
  ].join('\n'),
});

export const loanToMediatorMail = (p: { name: string; borrowingPool: string; lendingPool: string; caseNumber: string; link: string }) => ({
  subject: `U wordt uitgeleend aan ${p.borrowingPool}`,
  text: [
    `Beste ${p.name},`,
    '',
    `${p.lendingPool} leent u uit aan ${p.borrowingPool} voor zaak ${p.caseNumber}. U bent daarvoor nu ook mediator in ${p.borrowingPool}.`,
    `De coördinator van ${p.borrowingPool} stelt u zo voor op de zaak. U beantwoordt dat voorstel zoals altijd; kies daarvoor rechtsboven de pool ${p.borrowingPool}.`,
    '',
    p.link,
    ...sign(p.lendingPool),
  ].join('\n'),
});

export const loanRefusedMail = (p: { name: string; borrowingPool: string; lendingPool: string; mediator: string; caseNumber: string; reason: string; link: string }) => ({
  subject: `Zaak ${p.caseNumber}: lening van ${p.mediator} afgewezen`,
  text: [`Beste ${p.name},`, '', `${p.lendingPool} heeft de lening van ${p.mediator} voor zaak ${p.caseNumber} afgewezen.`, `Reden: ${p.reason}`, '', p.link, ...sign(p.borrowingPool)].join('\n'),
});

export const loanWithdrawnMail = (p: { name: string; borrowingPool: string; lendingPool: string; mediator: string; caseNumber: string; by: string; wasApproved: boolean; toMediator?: boolean; link: string; sign: string }) => ({
  subject: `Zaak ${p.caseNumber}: ${p.borrowingPool} trekt de lening van ${p.mediator} in`,
  text: [
    `Beste ${p.name},`,
    '',
    p.toMediator
      ? `${p.by} van ${p.borrowingPool} heeft uw lening door ${p.lendingPool} voor zaak ${p.caseNumber} ingetrokken. U wordt op deze zaak niet voorgesteld.`
      : p.wasApproved
      ? `${p.by} van ${p.borrowingPool} heeft de goedgekeurde lening van ${p.mediator} voor zaak ${p.caseNumber} ingetrokken. ${p.mediator} wordt op deze zaak niet voorgesteld.`
      : `${p.by} van ${p.borrowingPool} heeft het verzoek ingetrokken om ${p.mediator} te lenen voor zaak ${p.caseNumber}. U hoeft er niet meer over te beslissen.`,
    '',
    p.link,
    ...sign(p.sign),
  ].join('\n'),
});
