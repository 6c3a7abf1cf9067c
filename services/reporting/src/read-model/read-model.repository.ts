import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { serviceDataSourceOptions } from '@nrm/database';
import type { ReportingConfig } from '../config';
import { migrations } from '../migrations';
import { type CaseFact, FactBatch, type PermitFact, type PersonFact, type ReferralFact } from './fact-rows';

/** The tables one write goes to: the live read model, or the rebuild's staging copies of it. */
export interface ReadModelTables {
  person: string;
  exploitation: string;
  referral: string;
  case: string;
  permit: string;
  erased: string;
}

const tablesNamed = (prefix: string): ReadModelTables => ({
  person: `reporting.${prefix}person_fact`,
  exploitation: `reporting.${prefix}person_exploitation`,
  referral: `reporting.${prefix}referral_fact`,
  case: `reporting.${prefix}case_fact`,
  permit: `reporting.${prefix}permit_fact`,
  erased: `reporting.${prefix}erased_person`,
});

export const LIVE_TABLES = tablesNamed('');
/** Where the rebuild writes until it swaps (docs/statistics.md, "Rebuild"): unlogged, dropped once swapped. */
export const STAGING_TABLES = tablesNamed('rebuild_');
const STAGING_APPLIED = 'reporting.rebuild_applied_event';

const PERSON_COLUMNS = [
  'person_key', 'identified_at', 'identified_on', 'sex', 'age_group', 'age_band', 'citizenship_group', 'citizenship_country', 'agency_type',
  'region', 'place_of_exploitation', 'status', 'entry_route', 'venue', 'means_of_control', 'recruiter_relations', 'countries_of_exploitation',
  'child_at_exploitation', 'consent_refused', 'merged_into', 'referred_at', 'accepted_at', 'formal_requested_at', 'outcome', 'outcome_at',
  'case_phase', 'facts_at', 'age_group_at', 'case_phase_at',
] as const satisfies ReadonlyArray<keyof PersonFact>;
const REFERRAL_COLUMNS = ['referral_key', 'person_key', 'created_at', 'created_on', 'urgent', 'decision', 'answered_at'] as const satisfies ReadonlyArray<keyof ReferralFact>;
const CASE_COLUMNS = [
  'case_key', 'person_key', 'opened_at', 'opened_on', 'admitted_at', 'phase', 'phase_at', 'closed_at', 'closed_on', 'closure_status', 'closure_type',
] as const satisfies ReadonlyArray<keyof CaseFact>;
const PERMIT_COLUMNS = ['permit_key', 'person_key', 'permit_type', 'recorded_at', 'recorded_on'] as const satisfies ReadonlyArray<keyof PermitFact>;
const TIME_COLUMNS = new Set(['identified_at', 'referred_at', 'accepted_at', 'formal_requested_at', 'outcome_at', 'facts_at', 'age_group_at', 'case_phase_at', 'created_at', 'answered_at', 'opened_at', 'admitted_at', 'phase_at', 'closed_at', 'recorded_at']);
const DATE_COLUMNS = new Set(['identified_on', 'created_on', 'opened_on', 'closed_on', 'recorded_on']);

/** A SELECT list that gives dates as YYYY-MM-DD text (the driver would make them local Date objects). */
const selectList = (columns: readonly string[]): string => columns.map((column) => (DATE_COLUMNS.has(column) ? `${column}::text AS ${column}` : column)).join(', ');

/** Rows as the database returns them, with times as ISO strings. */
function fromDatabase<T>(row: Record<string, unknown>): T {
  for (const column of TIME_COLUMNS) {
    const value = row[column];
    if (value instanceof Date) row[column] = value.toISOString();
  }
  return row as T;
}

/** An upsert of whole rows from one JSON array: one statement per table and batch, whatever its size. */
function upsert(table: string, key: string, columns: readonly string[], extraSet = ''): string {
  const list = columns.join(', ');
  const set = columns.filter((column) => column !== key).map((column) => `${column} = EXCLUDED.${column}`);
  return `INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
          ON CONFLICT (${key}) DO UPDATE SET ${[...set, extraSet].filter(Boolean).join(', ')}`;
}

const pick = <T extends object>(row: T, columns: readonly (keyof T)[]): Partial<T> => Object.fromEntries(columns.map((column) => [column, row[column]])) as Partial<T>;

/** A random key as the erasure puts in place of a pseudonym: 256 bits, hex, the shape of a real one. */
const RANDOM_KEY = `encode(sha256((gen_random_uuid()::text || gen_random_uuid()::text)::bytea), 'hex')`;

/** The statistics read model's SQL (docs/statistics.md): loading and writing the rows a batch of events touches. */
@Injectable()
export class ReadModelRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Serialises the live writers of one person (the consumer takes several events at once): each event's rows are read,
   * changed in memory and written back, so two events of one person must not interleave. Sorted: no deadlock.
   */
  async lockPersons(manager: EntityManager, personKeys: string[]): Promise<void> {
    for (const key of [...new Set(personKeys)].sort()) {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7710))`, [key]);
    }
  }

  async erasedAmong(manager: EntityManager, tables: ReadModelTables, personKeys: string[]): Promise<Set<string>> {
    const rows: Array<{ person_key: string }> = await manager.query(`SELECT person_key FROM ${tables.erased} WHERE person_key = ANY($1::text[])`, [personKeys]);
    return new Set(rows.map((row) => row.person_key));
  }

  /** A batch holding the rows that exist under these keys. */
  async load(manager: EntityManager, tables: ReadModelTables, keys: { persons: string[]; referrals: string[]; cases: string[]; permits: string[] }): Promise<FactBatch> {
    const batch = new FactBatch();
    if (keys.persons.length > 0) {
      const rows: Array<Record<string, unknown>> = await manager.query(
        `SELECT ${selectList(PERSON_COLUMNS)},
                ARRAY(SELECT e.exploitation_type FROM ${tables.exploitation} e WHERE e.person_key = p.person_key ORDER BY 1) AS exploitation_types
           FROM ${tables.person} p WHERE p.person_key = ANY($1::text[])`,
        [keys.persons],
      );
      for (const row of rows) batch.persons.set(row['person_key'] as string, fromDatabase<PersonFact>(row));
    }
    const loadInto = async <T>(table: string, key: string, columns: readonly string[], values: string[], into: Map<string, T>) => {
      if (values.length === 0) return;
      const rows: Array<Record<string, unknown>> = await manager.query(`SELECT ${selectList(columns)} FROM ${table} WHERE ${key} = ANY($1::text[])`, [values]);
      for (const row of rows) into.set(row[key] as string, fromDatabase<T>(row));
    };
    await loadInto(tables.referral, 'referral_key', REFERRAL_COLUMNS, keys.referrals, batch.referrals);
    await loadInto(tables.case, 'case_key', CASE_COLUMNS, keys.cases, batch.cases);
    await loadInto(tables.permit, 'permit_key', PERMIT_COLUMNS, keys.permits, batch.permits);
    return batch;
  }

  /** Writes back what the batch changed: one statement per table. */
  async write(manager: EntityManager, tables: ReadModelTables, batch: FactBatch): Promise<void> {
    const rowsOf = <T extends object>(keys: Set<string>, rows: Map<string, T>, columns: readonly (keyof T)[]) =>
      JSON.stringify([...keys].map((key) => pick(rows.get(key) as T, columns)));
    if (batch.changedPersons.size > 0) {
      await manager.query(upsert(tables.person, 'person_key', PERSON_COLUMNS, 'updated_at = now()'), [rowsOf(batch.changedPersons, batch.persons, PERSON_COLUMNS)]);
    }
    if (batch.exploitationChanged.size > 0) {
      const keys = [...batch.exploitationChanged];
      await manager.query(`DELETE FROM ${tables.exploitation} WHERE person_key = ANY($1::text[])`, [keys]);
      await manager.query(
        `INSERT INTO ${tables.exploitation} (person_key, exploitation_type)
         SELECT x.person_key, t FROM jsonb_to_recordset($1::jsonb) AS x(person_key text, types text[]), unnest(x.types) AS t`,
        [JSON.stringify(keys.map((key) => ({ person_key: key, types: batch.persons.get(key)?.exploitation_types ?? [] })))],
      );
    }
    if (batch.changedReferrals.size > 0) {
      await manager.query(upsert(tables.referral, 'referral_key', REFERRAL_COLUMNS), [rowsOf(batch.changedReferrals, batch.referrals, REFERRAL_COLUMNS)]);
    }
    if (batch.changedCases.size > 0) {
      await manager.query(upsert(tables.case, 'case_key', CASE_COLUMNS), [rowsOf(batch.changedCases, batch.cases, CASE_COLUMNS)]);
    }
    if (batch.changedPermits.size > 0) {
      await manager.query(upsert(tables.permit, 'permit_key', PERMIT_COLUMNS), [rowsOf(batch.changedPermits, batch.permits, PERMIT_COLUMNS)]);
    }
  }

  /**
   * The person's pseudonym becomes `replacement` everywhere (their referrals', cases' and permits' own keys become
   * random too), and the old one is remembered as erased: the rows still count, nothing leads to them any more.
   */
  async erase(manager: EntityManager, tables: ReadModelTables, personKey: string, replacement: string): Promise<void> {
    // person_exploitation follows person_fact ON UPDATE CASCADE; the staging copy has no foreign key, hence the second.
    await manager.query(`UPDATE ${tables.person} SET person_key = $2, updated_at = now() WHERE person_key = $1`, [personKey, replacement]);
    await manager.query(`UPDATE ${tables.exploitation} SET person_key = $2 WHERE person_key = $1`, [personKey, replacement]);
    await manager.query(`UPDATE ${tables.person} SET merged_into = $2, updated_at = now() WHERE merged_into = $1`, [personKey, replacement]);
    await manager.query(`UPDATE ${tables.referral} SET person_key = $2, referral_key = ${RANDOM_KEY} WHERE person_key = $1`, [personKey, replacement]);
    await manager.query(`UPDATE ${tables.case} SET person_key = $2, case_key = ${RANDOM_KEY} WHERE person_key = $1`, [personKey, replacement]);
    await manager.query(`UPDATE ${tables.permit} SET person_key = $2, permit_key = ${RANDOM_KEY} WHERE person_key = $1`, [personKey, replacement]);
    await manager.query(`INSERT INTO ${tables.erased} (person_key) VALUES ($1) ON CONFLICT DO NOTHING`, [personKey]);
  }

  // The rebuild's tables (docs/statistics.md, "Rebuild").

  /** Only one rebuild at a time; a second one fails at once instead of racing the first. */
  async withRebuildLock<T>(work: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [row] = await runner.query(`SELECT pg_try_advisory_lock(hashtext('nrm-statistics-rebuild')) AS locked`);
      if (!row?.locked) throw new Error('another statistics rebuild is running');
      try {
        return await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('nrm-statistics-rebuild'))`);
      }
    } finally {
      await runner.release();
    }
  }

  /** Empty staging copies of the read model's tables (and of the list of events applied), replacing any left over. */
  async createStaging(): Promise<void> {
    await this.dropStaging();
    for (const name of ['person_fact', 'person_exploitation', 'referral_fact', 'case_fact', 'permit_fact', 'erased_person']) {
      await this.dataSource.query(`CREATE UNLOGGED TABLE reporting.rebuild_${name} (LIKE reporting.${name} INCLUDING ALL)`);
    }
    await this.dataSource.query(`CREATE UNLOGGED TABLE ${STAGING_APPLIED} (event_id uuid NOT NULL, event_type text NOT NULL)`);
  }

  async dropStaging(): Promise<void> {
    for (const name of ['person_fact', 'person_exploitation', 'referral_fact', 'case_fact', 'permit_fact', 'erased_person', 'applied_event']) {
      await this.dataSource.query(`DROP TABLE IF EXISTS reporting.rebuild_${name}`);
    }
  }

  async recordApplied(manager: EntityManager, events: Array<{ id: string; type: string }>): Promise<void> {
    if (events.length === 0) return;
    await manager.query(`INSERT INTO ${STAGING_APPLIED} (event_id, event_type) SELECT * FROM unnest($1::uuid[], $2::text[])`, [
      events.map((event) => event.id),
      events.map((event) => event.type),
    ]);
  }

  /**
   * Stops the live consumer until the transaction ends: it records each event in the inbox before applying it, so it
   * waits on the inbox; nothing else writes the read model.
   */
  async lockLive(manager: EntityManager): Promise<void> {
    await manager.query(`LOCK TABLE reporting.inbox_event IN SHARE ROW EXCLUSIVE MODE`);
    await manager.query(
      `LOCK TABLE reporting.person_fact, reporting.person_exploitation, reporting.referral_fact, reporting.case_fact, reporting.permit_fact, reporting.erased_person IN EXCLUSIVE MODE`,
    );
  }

  /**
   * The live read model becomes the staging one, and every event the rebuild applied is marked handled in the inbox so
   * the live consumer, when it gets a copy, leaves it (docs/statistics.md, "Rebuild"). In the caller's transaction.
   */
  async swap(manager: EntityManager): Promise<void> {
    await manager.query(`TRUNCATE reporting.person_exploitation, reporting.person_fact, reporting.referral_fact, reporting.case_fact, reporting.permit_fact, reporting.erased_person`);
    for (const name of ['person_fact', 'person_exploitation', 'referral_fact', 'case_fact', 'permit_fact', 'erased_person']) {
      await manager.query(`INSERT INTO reporting.${name} SELECT * FROM reporting.rebuild_${name}`);
    }
    await manager.query(
      `INSERT INTO reporting.inbox_event (event_id, consumer, event_type) SELECT event_id, 'reporting', event_type FROM ${STAGING_APPLIED} ON CONFLICT DO NOTHING`,
    );
  }
}

/** The rebuild command's connection: the schema owner's (it creates and truncates tables), as migrations use. */
export async function openReadModelDatabase(config: ReportingConfig): Promise<DataSource> {
  const dataSource = new DataSource(
    serviceDataSourceOptions({ url: config.DATABASE_URL, schema: 'reporting', poolSize: 2, applicationName: 'nrm-reporting-rebuild', entities: [], migrations }),
  );
  await dataSource.initialize();
  return dataSource;
}
