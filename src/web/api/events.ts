import { api } from './client.js';
import type { CancelEventInput, EvaluationInput, EventAction, EventDetail, EventInput, EventKind, EventList, EventSummary, RegistrationRow, UpdateEventInput } from '../../contract/events.js';

/** The pool's agenda (src/server/modules/events); types from src/contract/events.ts. */
export type { EventAction, EventDetail, EventInput, EventKind, EventList, EventSummary, RegistrationRow };

export const EVENT_KIND_VALUES = ['training', 'masterclass', 'intervision_day', 'coordinator_meeting'] as const satisfies readonly EventKind[];

const sig = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listEvents = (when: 'upcoming' | 'past', signal?: AbortSignal) => api.get<EventList>(`/events?when=${when}`, sig(signal));
export const getEvent = (eventId: string, signal?: AbortSignal) => api.get<EventDetail>(`/events/${eventId}`, sig(signal));
export const createEvent = (body: EventInput) => api.post<EventDetail>('/events', body);
export const updateEvent = (eventId: string, body: UpdateEventInput) => api.put<EventDetail>(`/events/${eventId}`, body);
export const cancelEvent = (eventId: string, body: CancelEventInput) => api.post<EventDetail>(`/events/${eventId}/cancellation`, body);
export const registerForEvent = (eventId: string) => api.post<EventDetail>(`/events/${eventId}/registrations`);
export const cancelRegistration = (eventId: string, registrationId: string) => api.delete(`/events/${eventId}/registrations/${registrationId}`);
export const recordAttendance = (eventId: string, registrationId: string, attended: boolean) =>
  api.put<void>(`/events/${eventId}/registrations/${registrationId}/attendance`, { attended });
export const evaluateEvent = (eventId: string, body: EvaluationInput) => api.post<void>(`/events/${eventId}/evaluation`, body);
/** The certificate is a download (a plain link), not a fetch. */
export const certificateUrl = (eventId: string, registrationId: string) => `/api/v1/events/${eventId}/registrations/${registrationId}/certificate`;
