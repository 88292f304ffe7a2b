/** Joins the truthy class names: `cx('a', busy && 'b')`. */
export const cx = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(' ');
