import type { Messages } from './nl.js';

/**
 * Who did something, as the server stored it: a person's name, or a label of the application
 * itself ("systeem", "partij (link)", …), stored in Dutch. The labels of the application are shown
 * in the reader's language; a person's name stays as it is.
 */
export const actorLabel = (label: string, t: Pick<Messages, 'common'>): string => t.common.machineActors[label] ?? label;
