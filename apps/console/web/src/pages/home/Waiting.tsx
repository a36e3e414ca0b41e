import { Empty, Tag } from 'antd';
import type { ReactNode } from 'react';
import { chinaDay } from './waits';

/** A short list of what waits, each entry leading to its record. */
export function Waiting<T extends { id: string }>({
  items,
  empty,
  render,
}: {
  items: T[];
  empty: string;
  render: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <li
          key={item.id}
          style={{ display: 'flex', justifyContent: 'space-between', padding: '6px 0' }}
        >
          {render(item)}
        </li>
      ))}
    </ul>
  );
}

/** What waits: the step, as the cards name it. */
export function Step({ children }: { children: ReactNode }) {
  return <Tag color="#3b4a6b">{children}</Tag>;
}

/** The right side of an entry: its day (a deadline or since when it waits), flagged when late. */
export function When({
  day,
  prefix = '',
  label = '到期',
  missing = '未设期限',
  late,
}: {
  day?: string;
  /** Said before the day, e.g. 方案期限. */
  prefix?: string;
  /** What the day is: 到期 (a deadline) or 报送 (since when it waits). */
  label?: string;
  /** What shows when there is no day. */
  missing?: string;
  late?: boolean;
}) {
  return (
    <span>
      {day ? `${prefix}${chinaDay(day)}${label ? ` ${label}` : ''}` : missing}
      {late && (
        <Tag color="#b3261e" style={{ marginInlineStart: 8, marginInlineEnd: 0 }}>
          逾期
        </Tag>
      )}
    </span>
  );
}
