/** Dutch money and hours text for statements, with integer arithmetic so no rounding sneaks in. */

/** 65625 → "€ 656,25"; -4062550 → "€ -40.625,50" (the nl-NL convention). */
export function formatEuro(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not whole cents: ${cents}`);
  const magnitude = Math.abs(cents);
  const euros = String(Math.floor(magnitude / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = String(magnitude % 100).padStart(2, '0');
  return `€ ${cents < 0 ? '-' : ''}${euros},${rest}`;
}

/** 630 → "10:30" (hours:minutes, as on a time sheet); negative corrections keep their sign. */
export function formatMinutes(minutes: number): string {
  if (!Number.isSafeInteger(minutes)) throw new RangeError(`Not whole minutes: ${minutes}`);
  const magnitude = Math.abs(minutes);
  const text = `${Math.floor(magnitude / 60)}:${String(magnitude % 60).padStart(2, '0')}`;
  return minutes < 0 ? `-${text}` : text;
}
