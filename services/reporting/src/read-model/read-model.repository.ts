import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, type EntityManager } from 'typeorm';
import { serviceDataSourceOptions } from '@nrm/database';
import type { ReportingConfig } from '../config';
import { migrations } from '../migrations';
import type { FoldedHistory } from './folded-history';
import { type CaseFact, FactBatch, type PermitFact, type PersonFact, type ReferralFact } from './fact-rows';
import { copyChunks, copyField, copyLine } from './copy-text';

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
/** Where the rebuild writes until it renames them into the live ones' place (docs/statistics.md, "Rebuild"). */
export const STAGING_TABLES = tablesNamed('rebuild_');
/** The events the rebuild applied, as it goes. */
const STAGING_APPLIED = 'reporting.rebuild_applied_event';
/** Those of them the live inbox lacked when compared. */
const STAGING_MISSING = 'reporting.rebuild_missing_event';
/** A new inbox, when it is cheaper than adding the missing events to the live one: renamed into place with the read model. */
const STAGING_INBOX = 'reporting.rebuild_inbox_event';
/** The months the staging rows count, found before the final transaction. */
const STAGING_MONTHS = 'reporting.rebuild_month';
const FACT_TABLES = ['person_fact', 'person_exploitation', 'referral_fact', 'case_fact', 'permit_fact', 'erased_person'] as const;
/** What the rebuild may replace whole: the read model, and the inbox that says which events it holds. */
const SWAPPED_TABLES = [...FACT_TABLES, 'inbox_event'] as const;
type SwappedTable = (typeof SWAPPED_TABLES)[number];
/** The consumer name the reporting service's inbox rows carry. */
const CONSUMER = 'reporting';
/**
 * How far before the rebuild's copy of the live inbox the final transaction looks again for rows the live consumer
 * wrote meanwhile: a consumer's row carries its transaction's start, which may come before the copy it missed.
 */
const INBOX_DELTA_MARGIN = '1 day';

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

/**
 * Events' ids and types as rows `e(id, type)`, from two comma-joined strings (a UUID and an event type hold no comma),
 * for the events applied inside the final transaction (`recordTail`), which cannot use a `COPY` on a connection of its
 * own: cheaper for the driver than two arrays escaped element by element.
 */
const EVENT_LIST = `unnest(string_to_array($1, ',')::uuid[], string_to_array($2, ',')) AS e(id, type)`;
const eventListParameters = (events: ReadonlyArray<{ id: string; type: string }>): [string, string] => [
  events.map((event) => event.id).join(','),
  events.map((event) => event.type).join(','),
];

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

  /**
   * How the events the rebuild applies will reach the inbox, decided before it starts: up to `swapAbove` rows in the live
   * inbox (as after the reporting schema was restored empty), a new inbox is written as the history is read, gets the
   * live one's rows and key at the end and takes its place (`swap`); more (the usual case: the live consumer has handled
   * nearly the whole history), the events the live inbox lacks are added to it in the final transaction (`merge`).
   * Adding millions of rows to an indexed inbox costs far more than writing them anew (docs/statistics.md, "Rebuild").
   */
  async inboxMode(swapAbove: number): Promise<InboxMode> {
    const [{ rows }]: Array<{ rows: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS rows FROM (SELECT 1 FROM reporting.inbox_event LIMIT $1::int + 1) AS first`,
      [Math.min(swapAbove, 2 ** 31 - 2)],
    );
    return rows <= swapAbove ? 'swap' : 'merge';
  }

  /**
   * Empty staging copies of the read model's tables, replacing any left over: columns, defaults and checks of the live
   * ones but no index yet (each is built once, after the rows are in); and where the events applied go: a new inbox
   * (`swap`), or a list of them (`merge`).
   */
  async createStaging(mode: InboxMode): Promise<void> {
    await this.dropStaging();
    for (const name of FACT_TABLES) {
      await this.dataSource.query(`CREATE TABLE reporting.rebuild_${name} (LIKE reporting.${name} INCLUDING ALL EXCLUDING INDEXES)`);
    }
    if (mode === 'swap') await this.dataSource.query(`CREATE TABLE ${STAGING_INBOX} (LIKE reporting.inbox_event INCLUDING ALL EXCLUDING INDEXES)`);
    else await this.dataSource.query(`CREATE UNLOGGED TABLE ${STAGING_APPLIED} (event_id uuid NOT NULL, event_type text NOT NULL)`);
  }

  async dropStaging(): Promise<void> {
    for (const name of [...SWAPPED_TABLES, 'applied_event', 'missing_event', 'month']) {
      await this.dataSource.query(`DROP TABLE IF EXISTS reporting.rebuild_${name} CASCADE`);
    }
  }

  /** Events the rebuild folded, as it goes: one `COPY` a call, into the new inbox (`swap`) or the list (`merge`). */
  async recordApplied(mode: InboxMode, events: ReadonlyArray<{ id: string; type: string }>): Promise<void> {
    if (events.length === 0) return;
    const consumer = copyField(CONSUMER);
    const [statement, line] =
      mode === 'swap'
        ? [`COPY ${STAGING_INBOX} (event_id, consumer, event_type) FROM STDIN`, (event: { id: string; type: string }) => `${copyField(event.id)}\t${consumer}\t${copyField(event.type)}\n`]
        : [`COPY ${STAGING_APPLIED} (event_id, event_type) FROM STDIN`, (event: { id: string; type: string }) => `${copyField(event.id)}\t${copyField(event.type)}\n`];
    await this.copyInto(statement, copyChunks(events, (event) => [line(event)]));
  }

  /** Events applied in the final transaction, straight into the inbox that will be live after it. */
  async recordTail(manager: EntityManager, plan: InboxPlan, events: ReadonlyArray<{ id: string; type: string }>): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO ${plan.mode === 'swap' ? STAGING_INBOX : 'reporting.inbox_event'} (event_id, consumer, event_type)
       SELECT id, '${CONSUMER}', type FROM ${EVENT_LIST} ON CONFLICT DO NOTHING`,
      eventListParameters(events),
    );
  }

  /**
   * After the fold, before `indexStaging`, in one snapshot: how many events applied the live inbox lacks (those the live
   * consumer has not handled); `merge` lists them for the final transaction, `swap` copies into the new inbox the live
   * one's rows it does not hold (the events the live consumer handled that no producer's history gave).
   */
  async planInbox(mode: InboxMode): Promise<InboxPlan> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [{ at }]: Array<{ at: Date }> = await manager.query(`SELECT now() AS at`);
      const live = `SELECT 1 FROM reporting.inbox_event i WHERE i.event_id = a.event_id AND i.consumer = '${CONSUMER}'`;
      if (mode === 'merge') {
        await manager.query(`CREATE UNLOGGED TABLE ${STAGING_MISSING} AS SELECT a.event_id, a.event_type FROM ${STAGING_APPLIED} a WHERE NOT EXISTS (${live})`);
        const [{ missing }]: Array<{ missing: number }> = await manager.query(`SELECT count(*)::int AS missing FROM ${STAGING_MISSING}`);
        return { mode, missing, copiedAt: at };
      }
      const [{ missing }]: Array<{ missing: number }> = await manager.query(`SELECT count(*)::int AS missing FROM ${STAGING_INBOX} a WHERE NOT EXISTS (${live})`);
      await manager.query(
        `INSERT INTO ${STAGING_INBOX} (event_id, consumer, event_type, processed_at)
         SELECT event_id, consumer, event_type, processed_at FROM reporting.inbox_event i
          WHERE NOT EXISTS (SELECT 1 FROM ${STAGING_INBOX} r WHERE r.event_id = i.event_id AND r.consumer = i.consumer)`,
      );
      return { mode, missing, copiedAt: at };
    });
  }

  /**
   * The folded rows into the (empty, unindexed) staging tables, each table through one `COPY … FROM STDIN` in the text
   * format (`copy-text.ts`); `parallel` tables at once, on as many connections of the pool.
   */
  async writeStaging(history: FoldedHistory, parallel: number): Promise<void> {
    const copy = (table: string, columns: readonly string[], chunks: Iterable<string>) => () =>
      this.copyInto(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, chunks);
    await runAll(
      [
        copy(STAGING_TABLES.person, PERSON_COLUMNS, copyChunks(history.persons.values(), (row) => [copyLine(row, PERSON_COLUMNS)])),
        copy(
          STAGING_TABLES.exploitation,
          ['person_key', 'exploitation_type'],
          copyChunks(history.persons.values(), (row) => row.exploitation_types.map((type) => copyLine({ person_key: row.person_key, type }, ['person_key', 'type']))),
        ),
        copy(STAGING_TABLES.referral, REFERRAL_COLUMNS, copyChunks(history.referrals.values(), (row) => [copyLine(row, REFERRAL_COLUMNS)])),
        copy(STAGING_TABLES.case, CASE_COLUMNS, copyChunks(history.cases.values(), (row) => [copyLine(row, CASE_COLUMNS)])),
        copy(STAGING_TABLES.permit, PERMIT_COLUMNS, copyChunks(history.permits.values(), (row) => [copyLine(row, PERMIT_COLUMNS)])),
        copy(STAGING_TABLES.erased, ['person_key'], copyChunks(history.erased, (key) => [copyLine({ person_key: key }, ['person_key'])])),
      ],
      parallel,
    );
  }

  /** Streams `chunks` into a `COPY … FROM STDIN` on a connection of its own; a failure on either side fails the whole. */
  private async copyInto(statement: string, chunks: Iterable<string>): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const client: PoolClient = await runner.connect();
    try {
      await pipeline(Readable.from(chunks), client.query(copyFrom(statement)));
    } finally {
      await runner.release();
    }
  }

  /**
   * Gives the staging tables what the live ones have but triggers: their indexes, primary keys and foreign keys (read
   * from the catalogue, named `rebuild_…` until the swap), then their planner statistics. Before the final
   * transaction, so the live consumer never waits on it.
   */
  async indexStaging(parallel: number, plan: InboxPlan): Promise<void> {
    const tables = swappedTables(plan);
    const definitions = await this.liveDefinitions(tables);
    await runAll(
      tables.map((table) => async () => {
        for (const index of definitions.indexes.filter((row) => row.table === table)) {
          await this.dataSource.transaction(async (manager) => {
            await manager.query(`SET LOCAL maintenance_work_mem = '256MB'`);
            await manager.query(onStaging(index.definition.replace(` INDEX ${index.index} ON `, ` INDEX rebuild_${index.index} ON `)));
            if (index.constraint !== null) {
              const kind = index.kind === 'p' ? 'PRIMARY KEY' : 'UNIQUE';
              await manager.query(`ALTER TABLE reporting.rebuild_${table} ADD CONSTRAINT rebuild_${index.constraint} ${kind} USING INDEX rebuild_${index.index}`);
            }
          });
        }
      }),
      parallel,
    );
    for (const key of definitions.foreignKeys) {
      await this.dataSource.query(`ALTER TABLE reporting.rebuild_${key.table} ADD CONSTRAINT ${key.name} ${onStaging(key.definition)}`);
    }
    for (const table of tables) await this.dataSource.query(`ANALYZE reporting.rebuild_${table}`);
  }

  /** The live tables' indexes (with the constraint each backs), foreign keys, triggers and grants, fully qualified. */
  private liveDefinitions(tables: readonly SwappedTable[], manager?: EntityManager): Promise<LiveDefinitions> {
    const read = async (runner: EntityManager): Promise<LiveDefinitions> => {
      // Names come out schema-qualified only when the schema is not on the search path.
      const [{ path }]: Array<{ path: string }> = await runner.query(`SELECT current_setting('search_path') AS path`);
      await runner.query(`SELECT set_config('search_path', 'pg_catalog', true)`);
      const indexes: LiveDefinitions['indexes'] = await runner.query(
        `SELECT c.relname AS table, i.relname AS index, pg_get_indexdef(i.oid) AS definition, con.conname AS constraint, con.contype AS kind
           FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_constraint con ON con.conindid = i.oid AND con.conrelid = c.oid
          WHERE n.nspname = 'reporting' AND c.relname = ANY($1::text[]) ORDER BY 1, 2`,
        [[...tables]],
      );
      const foreignKeys: LiveDefinitions['foreignKeys'] = await runner.query(
        `SELECT c.relname AS table, con.conname AS name, pg_get_constraintdef(con.oid) AS definition
           FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE con.contype = 'f' AND n.nspname = 'reporting' AND c.relname = ANY($1::text[]) ORDER BY 1, 2`,
        [[...tables]],
      );
      const triggers: LiveDefinitions['triggers'] = await runner.query(
        `SELECT c.relname AS table, pg_get_triggerdef(t.oid) AS definition
           FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE NOT t.tgisinternal AND n.nspname = 'reporting' AND c.relname = ANY($1::text[]) ORDER BY 1, t.tgname`,
        [[...tables]],
      );
      const grants: LiveDefinitions['grants'] = await runner.query(
        `SELECT c.relname AS table, a.privilege_type AS privilege, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END AS grantee
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN LATERAL aclexplode(c.relacl) a
           LEFT JOIN pg_roles r ON r.oid = a.grantee
          WHERE n.nspname = 'reporting' AND c.relname = ANY($1::text[]) AND a.grantee <> c.relowner`,
        [[...tables]],
      );
      await runner.query(`SELECT set_config('search_path', $1, true)`, [path]);
      return { indexes, foreignKeys, triggers, grants };
    };
    return manager ? read(manager) : this.dataSource.transaction(read);
  }

  /** Before the final transaction: the months the staging rows count. */
  async listStagedMonths(): Promise<void> {
    await this.dataSource.query(
      `CREATE UNLOGGED TABLE ${STAGING_MONTHS} AS
       SELECT x.measure, date_trunc('month', p.identified_on)::date AS month FROM ${STAGING_TABLES.person} p
         CROSS JOIN (VALUES ('IDENTIFICATIONS'), ('CONSENT_REFUSALS')) x(measure) WHERE p.identified_on IS NOT NULL
       UNION SELECT 'REFERRALS', date_trunc('month', created_on)::date FROM ${STAGING_TABLES.referral}
       UNION SELECT 'CASES_OPENED', date_trunc('month', opened_on)::date FROM ${STAGING_TABLES.case}
       UNION SELECT 'CASE_CLOSURES', date_trunc('month', closed_on)::date FROM ${STAGING_TABLES.case} WHERE closed_on IS NOT NULL
       UNION SELECT 'PERMITS_ISSUED', date_trunc('month', recorded_on)::date FROM ${STAGING_TABLES.permit}`,
    );
  }

  /**
   * Stops the live consumer until the transaction ends: it records each event in the inbox before applying it, so it
   * waits on the inbox; nothing else writes the read model.
   */
  async lockLive(manager: EntityManager): Promise<void> {
    await manager.query(`LOCK TABLE reporting.inbox_event IN SHARE ROW EXCLUSIVE MODE`);
    await manager.query(`LOCK TABLE ${FACT_TABLES.map((name) => `reporting.${name}`).join(', ')} IN EXCLUSIVE MODE`);
  }

  /**
   * In the final transaction, after `lockLive` and before what the producers published meanwhile is applied: the
   * staging tables get the live ones' triggers (so those last writes mark their months as live writes do) and grants.
   */
  async armStaging(manager: EntityManager, plan: InboxPlan): Promise<LiveDefinitions> {
    const definitions = await this.liveDefinitions(swappedTables(plan), manager);
    for (const trigger of definitions.triggers) await manager.query(onStaging(trigger.definition));
    for (const grant of definitions.grants) await manager.query(`GRANT ${grant.privilege} ON reporting.rebuild_${grant.table} TO ${grant.grantee}`);
    return definitions;
  }

  /**
   * The staging tables become the live read model, by name: the live tables are dropped and the staging ones renamed
   * into their place with their indexes and constraints. Every event the rebuild applied is marked handled in the inbox,
   * so the live consumer, when it gets a copy, leaves it: `merge` adds the missing ones to the live inbox; `swap` first
   * gives the new inbox the rows the live consumer wrote since `planInbox` copied the live one (from `copiedAt` less a
   * margin: a row carries its transaction's start), then renames it into place too. Every month the old or the new rows
   * count is marked stale in one statement (the triggers fire on neither the drop nor the rename) (docs/statistics.md,
   * "Rebuild"). In the caller's transaction, after `armStaging`.
   */
  async swap(manager: EntityManager, definitions: LiveDefinitions, plan: InboxPlan): Promise<void> {
    if (plan.mode === 'merge') {
      // In key order, sorted in memory: fewer pages of the inbox's index touched at random.
      await manager.query(`SET LOCAL work_mem = '256MB'`);
      await manager.query(
        `INSERT INTO reporting.inbox_event (event_id, consumer, event_type)
         SELECT event_id, '${CONSUMER}', event_type FROM ${STAGING_MISSING} ORDER BY event_id ON CONFLICT DO NOTHING`,
      );
    } else {
      await manager.query(
        `INSERT INTO ${STAGING_INBOX} (event_id, consumer, event_type, processed_at)
         SELECT event_id, consumer, event_type, processed_at FROM reporting.inbox_event
          WHERE processed_at >= $1::timestamptz - interval '${INBOX_DELTA_MARGIN}' ON CONFLICT DO NOTHING`,
        [plan.copiedAt],
      );
    }
    // The funnel's version of every year the old or the new rows count (its triggers do not fire on the rename either).
    await manager.query(
      `INSERT INTO reporting.statistics_year_version (measure, year, version)
       SELECT 'FUNNEL', year, 1 FROM (SELECT year FROM reporting.statistics_year_version WHERE measure = 'FUNNEL'
                                      UNION SELECT extract(year FROM month)::int FROM ${STAGING_MONTHS} WHERE measure = 'IDENTIFICATIONS') AS years
       ON CONFLICT (measure, year) DO UPDATE SET version = reporting.statistics_year_version.version + 1`,
    );
    await manager.query(
      `INSERT INTO reporting.statistics_dirty_month (measure, month)
       SELECT measure, month FROM reporting.statistics_month_count UNION SELECT measure, month FROM ${STAGING_MONTHS}
       ON CONFLICT DO NOTHING`,
    );
    const tables = swappedTables(plan);
    await manager.query(`DROP TABLE ${tables.map((name) => `reporting.${name}`).join(', ')}`);
    for (const table of tables) await manager.query(`ALTER TABLE reporting.rebuild_${table} RENAME TO ${table}`);
    for (const index of definitions.indexes) {
      if (index.constraint !== null) await manager.query(`ALTER TABLE reporting.${index.table} RENAME CONSTRAINT rebuild_${index.constraint} TO ${index.constraint}`);
      else await manager.query(`ALTER INDEX reporting.rebuild_${index.index} RENAME TO ${index.index}`);
    }
  }
}

/** How the events the rebuild applied reach the inbox (`inboxMode`). */
export type InboxMode = 'merge' | 'swap';

export interface InboxPlan {
  mode: InboxMode;
  /** Events applied that the live inbox lacked when compared. */
  missing: number;
  /** When the live inbox was compared (and, for `swap`, copied): the start of that transaction, by the database's clock. */
  copiedAt: Date;
}

const swappedTables = (plan: InboxPlan): SwappedTable[] => (plan.mode === 'swap' ? [...SWAPPED_TABLES] : [...FACT_TABLES]);

export interface LiveDefinitions {
  indexes: Array<{ table: string; index: string; definition: string; constraint: string | null; kind: 'p' | 'u' | 'x' | null }>;
  foreignKeys: Array<{ table: string; name: string; definition: string }>;
  triggers: Array<{ table: string; definition: string }>;
  grants: Array<{ table: string; privilege: string; grantee: string }>;
}

/** A live table's DDL turned to its staging copy: every `reporting.<table>` of the read model becomes `reporting.rebuild_<table>`. */
const onStaging = (definition: string): string =>
  definition.replace(new RegExp(`\\breporting\\.(${SWAPPED_TABLES.join('|')})\\b`, 'g'), (_, table: string) => `reporting.rebuild_${table}`);

/** Runs the tasks, `parallel` at a time; the first failure fails the whole (the others are let finish). */
async function runAll(work: ReadonlyArray<() => Promise<unknown>>, parallel: number): Promise<void> {
  let next = 0;
  let failure: unknown;
  const lane = async () => {
    while (next < work.length && failure === undefined) {
      const task = work[next] as () => Promise<unknown>;
      next += 1;
      try {
        await task();
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, lane));
  if (failure !== undefined) throw failure;
}

/** The rebuild command's connection: the schema owner's (it creates and truncates tables), as migrations use. */
export async function openReadModelDatabase(config: ReportingConfig): Promise<DataSource> {
  const dataSource = new DataSource(
    serviceDataSourceOptions({ url: config.DATABASE_URL, schema: 'reporting', poolSize: 4, applicationName: 'nrm-reporting-rebuild', entities: [], migrations }),
  );
  await dataSource.initialize();
  return dataSource;
}
