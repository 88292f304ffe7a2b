import type { ReactNode } from 'react';

/** Label–value pairs, such as the details on the profile page. */
export function DataList({ items }: { items: { key: string; label: string; value: ReactNode }[] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows mp-data-list">
      {items.map((item) => (
        <div key={item.key} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{item.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
