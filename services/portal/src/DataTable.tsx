import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';

/** The scrolling region's accessible name: the id of a heading already on the page, or a label of its own. */
export type RegionName = { labelledBy: string; label?: never } | { label: string; labelledBy?: never };

export type DataTableProps<Row> = RegionName & {
  rows: Row[];
  // TanStack's accessor columns carry each column's value type; a table holds columns of several value types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<Row, any>[];
  /** A caption for screen readers (the table's own name); visually hidden. */
  caption?: string;
  /** A stable id for each row (React's key and the row's `data-row-id`); without it rows are keyed by position. */
  rowId?: (row: Row) => string;
  /** Classes added to the scrolling region and to the table, for a feature's column widths. */
  className?: string;
  tableClassName?: string;
  testId?: string;
};

/**
 * A list as a table (TanStack Table 8): the columns say what each cell shows, the markup is the portal's. A wide table
 * scrolls inside its own focusable, named region, so the page itself never overflows at phone width.
 */
export function DataTable<Row>({ rows, columns, caption, rowId, className, tableClassName, testId, ...name }: DataTableProps<Row>) {
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), ...(rowId ? { getRowId: rowId } : {}) });
  return (
    <div
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      role="region"
      aria-labelledby={name.labelledBy}
      aria-label={name.label}
      tabIndex={0}
      data-testid={testId}
    >
      <table className={tableClassName ? `table ${tableClassName}` : 'table'}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
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
            <tr key={row.id} data-row-id={rowId ? row.id : undefined}>
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
