import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.js';

export interface ChartSeries {
  name: string;
}

export interface ChartCategory {
  label: string;
  /** One value per series; null is a withheld figure ("te weinig zaken") or no figure. */
  values: (number | null)[];
}

const WIDTH = 400;
const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 18;
const BAR_GAP = 3;
const CATEGORY_GAP = 12;
const VALUE_SPACE = 130;
/** Longer category labels are shortened in the drawing; the table and the spoken summary keep them whole. */
const LABEL_CHARS = 44;
const shorten = (label: string) => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1).trimEnd()}…` : label);

/**
 * A horizontal bar chart in inline SVG: one group per category with its label above the bars and
 * each value written at the end of its bar. The first series is solid, the second hatched with an
 * outline, so they differ in pattern and not in colour alone. The SVG is one image (role="img")
 * with a spoken summary; the data table beside it carries every figure.
 */
export function BarChart({
  title,
  series,
  categories,
  nullText,
  format,
}: {
  title: string;
  series: ChartSeries[];
  categories: ChartCategory[];
  /** What a missing figure says, e.g. "te weinig zaken". */
  nullText: string;
  format(value: number): string;
}) {
  const { t } = useI18n();
  const id = useId().replace(/:/g, '');
  const max = Math.max(0, ...categories.flatMap((c) => c.values.map((v) => v ?? 0)));
  const groupHeight = LABEL_HEIGHT + series.length * (BAR_HEIGHT + BAR_GAP) + CATEGORY_GAP;
  const height = Math.max(1, categories.length) * groupHeight;
  const scale = (v: number) => (max > 0 ? (v / max) * (WIDTH - VALUE_SPACE) : 0);
  const said = categories
    .map((c) => `${c.label}: ${c.values.map((v, i) => `${series.length > 1 ? `${series[i]?.name} ` : ''}${v === null ? nullText : format(v)}`).join(', ')}`)
    .join('; ');

  if (categories.length === 0) return <p className="utrecht-paragraph mp-empty">{t.reports.chart.empty}</p>;

  return (
    <figure className="mp-chart">
      {series.length > 1 && (
        <ul className="mp-chart__legend" aria-label={t.reports.chart.legend}>
          {series.map((s, i) => (
            <li key={s.name} className="mp-chart__legend-item">
              <svg width="28" height="16" aria-hidden="true" focusable="false">
                <rect x="1" y="1" width="26" height="14" className={`mp-chart__bar mp-chart__bar--${i}`} fill={i === 1 ? `url(#${id}-hatch)` : undefined} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <svg
        className="mp-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        data-chart-bars={categories.reduce((n, c) => n + c.values.filter((v) => v !== null && v > 0).length, 0)}
      >
        <title id={`${id}-title`}>{t.reports.chart.summary(title, said)}</title>
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="mp-chart__hatch-ground" />
            <line x1="0" y1="0" x2="0" y2="6" className="mp-chart__hatch-line" />
          </pattern>
        </defs>
        {categories.map((c, ci) => {
          const top = ci * groupHeight;
          return (
            <g key={`${c.label}-${ci}`}>
              <text x="0" y={top + LABEL_HEIGHT - 6} className="mp-chart__label">
                {shorten(c.label)}
              </text>
              {c.values.map((v, si) => {
                const y = top + LABEL_HEIGHT + si * (BAR_HEIGHT + BAR_GAP);
                const w = v === null ? 0 : Math.max(v > 0 ? 2 : 0, scale(v));
                return (
                  <g key={si}>
                    {w > 0 && (
                      <rect x="0" y={y} width={w} height={BAR_HEIGHT} className={`mp-chart__bar mp-chart__bar--${si}`} fill={si === 1 ? `url(#${id}-hatch)` : undefined} />
                    )}
                    <text x={w + 6} y={y + BAR_HEIGHT - 4} className={v === null ? 'mp-chart__value mp-chart__value--none' : 'mp-chart__value'}>
                      {v === null ? nullText : format(v)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="mp-visually-hidden">{t.reports.chart.tableBeside}</figcaption>
    </figure>
  );
}
