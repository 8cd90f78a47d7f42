import type { ReactNode } from 'react';

/**
 * A printed table of label and value, one row each (40 + 140 mm: the printable width of A4 portrait), followed by any
 * rows given as children.
 */
export function LinesTable({ lines, children }: { lines: readonly (readonly [string, ReactNode])[]; children?: ReactNode }) {
  return (
    <table className="rows">
      <colgroup>
        <col style={{ width: '40mm' }} />
        <col style={{ width: '140mm' }} />
      </colgroup>
      <tbody>
        {lines.map(([label, value]) => (
          <tr key={label}>
            <th>{label}</th>
            <td>{value}</td>
          </tr>
        ))}
        {children}
      </tbody>
    </table>
  );
}
