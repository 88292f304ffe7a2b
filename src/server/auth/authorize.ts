import { forbidden, notFound } from '../http/problem.js';

/**
 * Turns a policy answer into the right refusal: for an object the caller may not see we answer
 * 404 (the same as "does not exist"); for an action on a collection, 403.
 */
export function authorize(allowed: boolean, on: 'object' | 'collection'): void {
  if (allowed) return;
  throw on === 'object' ? notFound() : forbidden();
}
