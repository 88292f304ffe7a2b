import { api } from './client.js';
import type { CandidateList, Composition, Group, GroupInput, GroupList, IntervisionMethod, PlanMeetingInput } from '../../contract/community.js';
import type { AnswerPollInput, Poll, PollAnswerValue, PublicPoll } from '../../contract/polls.js';

/** Intervision groups and date polls (src/server/modules/community and polls); types from the contracts. */
export type { CandidateList, Composition, Group, GroupList, IntervisionMethod, Poll, PollAnswerValue, PublicPoll };

export const INTERVISION_METHODS = ['incident', 'balint', 'free'] as const satisfies readonly IntervisionMethod[];
export const POLL_ANSWERS = ['yes', 'maybe', 'no'] as const satisfies readonly PollAnswerValue[];

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listGroups = (signal?: AbortSignal) => api.get<GroupList>('/intervision-groups', opts(signal));
export const listCandidates = (signal?: AbortSignal) => api.get<CandidateList>('/intervision-candidates', opts(signal));
export const checkComposition = (memberIds: string[]) => api.post<Composition>('/intervision-groups/composition', { memberIds });
export const createGroup = (body: GroupInput) => api.post<Group>('/intervision-groups', body);
export const getGroup = (groupId: string, signal?: AbortSignal) => api.get<Group>(`/intervision-groups/${encodeURIComponent(groupId)}`, opts(signal));
export const planMeeting = (groupId: string, body: PlanMeetingInput) => api.post<Group>(`/intervision-groups/${encodeURIComponent(groupId)}/meetings`, body);
export const recordAttendance = (meetingId: string, attendeeIds: string[]) => api.put<void>(`/intervision-meetings/${encodeURIComponent(meetingId)}/attendance`, { attendeeIds });

export const getPoll = (pollId: string, signal?: AbortSignal) => api.get<Poll>(`/polls/${encodeURIComponent(pollId)}`, opts(signal));
export const answerPoll = (pollId: string, body: AnswerPollInput) => api.put<void>(`/polls/${encodeURIComponent(pollId)}/answers`, body);
export const fixPoll = (pollId: string, slotId: string) => api.post<Poll>(`/polls/${encodeURIComponent(pollId)}/fix`, { slotId });

export const getPollByLink = (token: string, signal?: AbortSignal) => api.get<PublicPoll>(`/poll-links/${encodeURIComponent(token)}`, { anonymous: true, ...opts(signal) });
export const answerPollByLink = (token: string, body: AnswerPollInput) => api.put<void>(`/poll-links/${encodeURIComponent(token)}/answers`, body, { anonymous: true });
