/** The kinds of object that are a person, or stand for the people in them (a case: its parties). */
const SUBJECT_TYPES = new Set(['party', 'mediator', 'user', 'case']);

export interface DataSubjectRef {
  type: string;
  id: string;
}

/**
 * Whose data an audited action touched, as a reference (type and id), never a name: the object
 * itself when it is a person (or a case, which stands for its parties), else none. A writer that
 * knows better passes the subject explicitly.
 */
export function dataSubjectOf(objectType: string, objectId: string | null | undefined): DataSubjectRef | null {
  if (!objectId || !SUBJECT_TYPES.has(objectType)) return null;
  return { type: objectType, id: objectId };
}
