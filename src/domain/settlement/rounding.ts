/**
 * Money from minutes with integer arithmetic only: a float such as 630 * 6250 / 60 can land a
 * hair below .5 and round the wrong way, and statements must match to the cent.
 */
import { SettlementInputError } from './errors.js';

/**
 * round_half_up(minutes × rateCents / 60). Half a cent rounds away from zero, so that a
 * negative correction of x minutes is exactly the opposite of the amount for x minutes.
 */
export function amountForMinutes(minutes: number, rateCents: number): number {
  const product = minutes * rateCents;
  if (!Number.isSafeInteger(minutes) || !Number.isSafeInteger(rateCents) || !Number.isSafeInteger(product)) {
    throw new SettlementInputError(`Amount out of integer range: ${minutes} minutes at ${rateCents} cents`);
  }
  const magnitude = Math.abs(product);
  const remainder = magnitude % 60;
  const whole = (magnitude - remainder) / 60;
  const rounded = remainder * 2 >= 60 ? whole + 1 : whole;
  // Never -0: it would print as "-0" and fail strict equality with 0.
  return product < 0 && rounded !== 0 ? -rounded : rounded;
}
