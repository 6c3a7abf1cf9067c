import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type Connection, decodeCursor, DEFAULT_PAGE_SIZE, toConnection } from '@nrm/graphql';

interface KeysetPageOptions<T> {
  /** The page size asked for (`first`), DEFAULT_PAGE_SIZE when absent; the argument's validation caps it. */
  first?: number;
  /** The cursor of the last row of the previous page (`after`). */
  after?: string;
  /** The ordering column, newest first, qualified by the query's alias (`c.opened_at`). */
  atColumn: string;
  /** The tie-breaking id column (`c.id`). */
  idColumn: string;
  /** The ordering value of a row, for its cursor. */
  atOf: (row: T) => Date;
  idOf: (row: T) => string;
}

/**
 * One page of a Relay connection in keyset order (newest first, then id): stable under concurrent inserts and
 * without OFFSET scans. The query carries the caller's visibility and filters; this adds the order, the cursor
 * condition and the limit (one row more than the page, to know whether another page follows).
 */
export async function keysetPage<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, options: KeysetPageOptions<T>): Promise<Connection<T>> {
  const first = options.first ?? DEFAULT_PAGE_SIZE;
  query.orderBy(options.atColumn, 'DESC').addOrderBy(options.idColumn, 'DESC').limit(first + 1);
  const cursor = decodeCursor(options.after);
  if (cursor) query.andWhere(`(${options.atColumn}, ${options.idColumn}) < (:keysetAt, :keysetId)`, { keysetAt: cursor.at, keysetId: cursor.id });
  const rows = await query.getMany();
  return toConnection(rows, first, (row) => ({ at: options.atOf(row).toISOString(), id: options.idOf(row) }));
}
