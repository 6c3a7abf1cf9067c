import { DataSource, EntityManager } from 'typeorm';

/** A plain `pg` client or pool (the command-line check connects without TypeORM). */
interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** Where audit entries are read from: the service's DataSource, a transaction's manager, or a pg client. */
export type AuditSqlSource = DataSource | EntityManager | PgQueryable;

export async function queryRows<T>(source: AuditSqlSource, sql: string, params: unknown[] = []): Promise<T[]> {
  if (source instanceof DataSource || source instanceof EntityManager) return (await source.query(sql, params)) as T[];
  return (await source.query(sql, params)).rows as T[];
}
