/** A printed table's column widths (in mm) and headings, from one list so the two never drift apart. */
export function ColumnHead({ columns }: { columns: readonly (readonly [string, number, ...unknown[]])[] }) {
  return (
    <>
      <colgroup>
        {columns.map(([name, mm]) => (
          <col key={name} style={{ width: `${mm}mm` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map(([name]) => (
            <th key={name}>{name}</th>
          ))}
        </tr>
      </thead>
    </>
  );
}
