import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';

/**
 * A list as a table (TanStack Table 8): the columns say what each cell shows, the markup is the portal's. A wide table
 * scrolls inside its own focusable region, so the page itself never overflows at phone width.
 */
export function DataTable<Row>({ rows, columns, caption, rowId, testId }: { rows: Row[]; columns: ColumnDef<Row, unknown>[]; caption: string; rowId: (row: Row) => string; testId?: string }) {
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: rowId });
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0} data-testid={testId}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-row-id={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
