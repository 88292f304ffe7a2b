/**
 * Turns the pool's colour into the palette the theme uses, made dark enough that white text on
 * it (buttons, the header) meets WCAG AA (4.5:1) whatever colour an administrator picked.
 */
type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes a colour with another; `amount` 0 keeps it, 1 gives the other. */
const mix = (rgb: Rgb, other: Rgb, amount: number): Rgb => rgb.map((c, i) => c + (other[i]! - c) * amount) as Rgb;

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

const TINT = 0.92;

/**
 * Darkens step by step until white text on the colour, and the colour as text on its own light
 * tint (the current menu item, badges), both stay above AA with a small margin.
 */
function darkenForText(rgb: Rgb): Rgb {
  let c = rgb;
  for (let i = 0; i < 60 && (contrast(c, WHITE) < 4.8 || contrast(c, mix(c, WHITE, TINT)) < 4.6); i++) c = mix(c, BLACK, 0.05);
  return c;
}

export interface BrandPalette {
  brand: string;
  hover: string;
  active: string;
  tint: string;
  tintStrong: string;
}

export const DEFAULT_BRAND = '#154273';

export function brandPalette(colour: string): BrandPalette {
  const base = darkenForText(parseHex(colour) ?? parseHex(DEFAULT_BRAND)!);
  return {
    brand: toHex(base),
    hover: toHex(mix(base, BLACK, 0.2)),
    active: toHex(mix(base, BLACK, 0.35)),
    tint: toHex(mix(base, WHITE, TINT)),
    tintStrong: toHex(mix(base, WHITE, 0.8)),
  };
}

/**
 * Sets the palette as custom properties on <html> through the CSSOM (allowed by the CSP's
 * `style-src 'self'`, unlike a <style> element); app.css maps them onto the Utrecht tokens.
 */
export function applyBrandColour(colour: string): void {
  const p = brandPalette(colour);
  const style = document.documentElement.style;
  style.setProperty('--mp-brand', p.brand);
  style.setProperty('--mp-brand-hover', p.hover);
  style.setProperty('--mp-brand-active', p.active);
  style.setProperty('--mp-brand-tint', p.tint);
  style.setProperty('--mp-brand-tint-strong', p.tintStrong);
}
