import type { DirectoryPool, MunicipalityPoint } from '../../../contract/directory.js';
import { AppLink } from '../../components/link.js';

/**
 * An equirectangular projection around 52.2° N (longitude shrunk by its cosine): good enough for
 * a country 300 km across, and drawn by the browser from the CBS coordinates only, so the map
 * makes no request to anyone else (no tiles, no third party).
 */
const WEST = 3.3;
const NORTH = 53.6;
const K = 100;
const COS = Math.cos((52.2 * Math.PI) / 180);
const project = (lat: number, lon: number) => ({ x: (lon - WEST) * COS * K, y: (NORTH - lat) * K });
const WIDTH = Math.round((7.3 - WEST) * COS * K);
const HEIGHT = Math.round((NORTH - 50.7) * K);

/** Each pool a shape as well as a colour, so the map does not lean on colour alone. */
const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
type Shape = (typeof SHAPES)[number];
export const shapeOf = (index: number): Shape => SHAPES[index % SHAPES.length]!;

function Marker({ shape, x, y, r, fill }: { shape: Shape; x: number; y: number; r: number; fill: string }) {
  const common = { fill, stroke: '#000', strokeWidth: 0.8 };
  if (shape === 'square') return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...common} />;
  if (shape === 'triangle') return <polygon points={`${x},${y - r * 1.2} ${x + r * 1.1},${y + r * 0.8} ${x - r * 1.1},${y + r * 0.8}`} {...common} />;
  if (shape === 'diamond') return <polygon points={`${x},${y - r * 1.3} ${x + r * 1.3},${y} ${x},${y + r * 1.3} ${x - r * 1.3},${y}`} {...common} />;
  return <circle cx={x} cy={y} r={r} {...common} />;
}

/**
 * The Netherlands as the grey dots of all its municipalities, with each pool's municipalities in
 * the pool's colour and shape. The picture is one image for assistive technology (title and
 * description); the legend's links lead to each pool's page, and the table beside it holds the
 * same information as text.
 */
export function NetherlandsMap({
  id,
  title,
  description,
  legendLabel,
  background,
  pools,
  poolLink,
}: {
  id: string;
  title: string;
  description: string;
  legendLabel: string;
  background: readonly MunicipalityPoint[];
  pools: readonly DirectoryPool[];
  poolLink(pool: DirectoryPool): string;
}) {
  return (
    <figure className="mp-nl-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="mp-nl-map__svg" focusable="false">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g aria-hidden="true">
          {background.map((m) => {
            const p = project(m.lat, m.lon);
            return <circle key={m.code} cx={p.x} cy={p.y} r={1.6} fill="#b8b8b8" />;
          })}
          {pools.map((pool, i) =>
            pool.municipalities.map((m) => {
              if (m.lat === null || m.lon === null) return null;
              const p = project(m.lat, m.lon);
              return <Marker key={`${pool.id}-${m.code}`} shape={shapeOf(i)} x={p.x} y={p.y} r={4} fill={pool.colour} />;
            }),
          )}
        </g>
      </svg>
      <figcaption>
        <ul className="mp-nl-map__legend" aria-label={legendLabel}>
          {pools.map((pool, i) => (
            <li key={pool.id}>
              <svg width="16" height="16" viewBox="-6 -6 12 12" aria-hidden="true" focusable="false">
                <Marker shape={shapeOf(i)} x={0} y={0} r={4} fill={pool.colour} />
              </svg>{' '}
              <AppLink to={poolLink(pool)}>{pool.name}</AppLink>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
