import { paragraphsOf } from '../../../domain/directory/pool-text.js';

/** A pool's own words as paragraphs (plain text: a blank line starts a new one). */
export function PoolText({ text }: { text: string }) {
  return (
    <>
      {paragraphsOf(text).map((p, i) => (
        <p key={i} className="utrecht-paragraph mp-directory__pool-text">
          {p}
        </p>
      ))}
    </>
  );
}
