import type { HoursMessages } from './i18n-nl.js';

export const hoursEn: HoursMessages = {
  nav: 'Hours',
  navDescription: 'Log and approve hours',
  activities: {
    intake: 'Intake',
    session: 'Session',
    preparation: 'Preparation',
    reporting: 'Reporting',
    travel: 'Travel time',
    consultation: 'Consultation',
  },
  statuses: { submitted: 'Awaiting approval', approved: 'Approved', rejected: 'Rejected' },

  entry: {
    title: 'Hours',
    formTitle: 'Log hours',
    formIntro: 'Fill in the fields and press Enter to save. The cursor then returns to the first field.',
    case: 'Case',
    chooseCase: 'Choose a case',
    date: 'Date',
    time: 'Time',
    timeHint: 'In minutes (90) or as hours:minutes (1:30).',
    activity: 'Activity',
    travelKm: 'Kilometres (optional)',
    note: 'Note (optional)',
    submit: 'Save hours',
    noCases: 'You are not on any case yet. Once you are a mediator on a case, you can log hours on it here.',
    saved: (minutes, caseNumber) => `${minutes} saved on case ${caseNumber}.`,
    problems: {
      caseRequired: 'Choose a case.',
      dateRequired: 'Enter a date.',
      timeRequired: 'Enter the time, for example 90 or 1:30.',
      timeFormat: 'Enter the time as minutes (90) or hours:minutes (1:30).',
      timeRange: 'The time must be between 1 minute and 24 hours.',
      kmFormat: 'Enter the kilometres as a whole number from 0.',
    },
  },

  month: {
    title: 'My month',
    label: 'Month',
    previous: 'Previous month',
    next: 'Next month',
    caption: (month) => `My hours in ${month}`,
    empty: 'No hours in this month.',
    date: 'Date',
    case: 'Case',
    activity: 'Activity',
    time: 'Time',
    km: 'Km',
    status: 'Status',
    note: 'Note',
    rejected: (reason) => `Reason: ${reason}`,
    totals: 'Totals',
    approved: 'Approved',
    submitted: 'Awaiting approval',
    rejectedTotal: 'Rejected',
    travelKm: 'Kilometres',
  },

  approval: {
    title: 'Approve hours',
    queueTitle: 'Awaiting approval',
    queueCaption: 'Submitted hours, oldest first',
    empty: 'No hours are awaiting approval.',
    mediator: 'Mediator',
    approve: 'Approve',
    approveLabel: (who, date) => `Approve hours of ${who} on ${date}`,
    reject: 'Reject',
    rejectLabel: (who, date) => `Reject hours of ${who} on ${date}`,
    approved: (who) => `The hours of ${who} have been approved.`,
    rejected: (who) => `The hours of ${who} have been rejected.`,
    rejectTitle: 'Reject hours',
    rejectIntro: (who, time, caseNumber) => `${who} logged ${time} on case ${caseNumber}. The mediator is notified with your reason.`,
    reason: 'Reason',
    reasonRequired: 'Enter the reason.',
    totalsTitle: 'Totals',
    from: 'From',
    to: 'Up to and including',
    show: 'Show',
    perCase: 'Per case',
    perMediator: 'Per mediator',
    municipality: 'Municipality',
    approvedCol: 'Approved',
    submittedCol: 'Pending',
    noTotals: 'No hours in this period.',
  },

  duration: (minutes) => {
    const sign = minutes < 0 ? '−' : '';
    const m = Math.abs(minutes);
    const h = Math.floor(m / 60);
    const rest = m % 60;
    if (h === 0) return `${sign}${rest} min`;
    return rest === 0 ? `${sign}${h} h` : `${sign}${h} h ${rest} min`;
  },
};
