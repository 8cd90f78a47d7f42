import type { KeyboardEvent } from 'react';

/** A list row that is a stop for Tab and opens on Enter or Space, as a click does (antd Table's onRow). */
export function openableRow(label: string, open: () => void) {
  return {
    tabIndex: 0,
    'aria-label': label,
    onClick: open,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open();
      }
    },
    style: { cursor: 'pointer' },
  };
}
