import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** An empty list says what to do next, with the button that does it. */
export function EmptyState({ title, hint, action }: { title: string; hint?: ReactNode; action?: ReactNode }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <div>
          <div style={{ fontSize: '1.1em', marginBottom: 4 }}>{title}</div>
          {hint && <div style={{ color: '#666' }}>{hint}</div>}
        </div>
      }
    >
      {action}
    </Empty>
  );
}
