import { createTestDatabase, dropTestDatabase, startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { reportingDefinition } from '../src/service-definition';
import { knownHistory } from './statistics-history';

jest.setTimeout(60_000);

/*
 * The statistics read model can hold no personal data (docs/statistics.md): every column of its tables is in this list,
 * with its type. Text columns are pseudonyms (64 hex digits) or codes; nothing is free text, a name, a date of birth
 * or an id that leads outside the platform. A new column fails this test until it is added here, knowingly.
 */
const KEY = 'key';
const CODE = 'code';
const ALLOWED: Record<string, Record<string, string>> = {
  person_fact: {
    person_key: KEY, merged_into: KEY,
    identified_at: 'timestamp with time zone', identified_on: 'date', facts_at: 'timestamp with time zone', age_group_at: 'timestamp with time zone',
    case_phase_at: 'timestamp with time zone', referred_at: 'timestamp with time zone', accepted_at: 'timestamp with time zone',
    formal_requested_at: 'timestamp with time zone', outcome_at: 'timestamp with time zone', updated_at: 'timestamp with time zone',
    sex: CODE, age_group: CODE, age_band: CODE, citizenship_group: CODE, citizenship_country: CODE, agency_type: CODE, region: CODE,
    place_of_exploitation: CODE, status: CODE, entry_route: CODE, venue: CODE, outcome: CODE, case_phase: CODE,
    means_of_control: 'ARRAY', recruiter_relations: 'ARRAY', countries_of_exploitation: 'ARRAY',
    child_at_exploitation: 'boolean', consent_refused: 'boolean',
  },
  person_exploitation: { person_key: KEY, exploitation_type: CODE },
  referral_fact: { referral_key: KEY, person_key: KEY, created_at: 'timestamp with time zone', created_on: 'date', urgent: 'boolean', decision: CODE, answered_at: 'timestamp with time zone' },
  case_fact: {
    case_key: KEY, person_key: KEY, opened_at: 'timestamp with time zone', opened_on: 'date', admitted_at: 'timestamp with time zone', phase: CODE,
    phase_at: 'timestamp with time zone', closed_at: 'timestamp with time zone', closed_on: 'date', closure_status: CODE, closure_type: CODE,
  },
  permit_fact: { permit_key: KEY, person_key: KEY, permit_type: CODE, recorded_at: 'timestamp with time zone', recorded_on: 'date' },
  erased_person: { person_key: KEY },
};

let service: SubgraphUnderTest;

// A database of its own: every value in the read model is checked, and other files write rows by hand in the run's.
let database: { name: string; url: string };

beforeAll(async () => {
  database = await createTestDatabase();
  service = await startSubgraph({ ...reportingDefinition, env: { DATABASE_URL: database.url } });
});

afterAll(async () => {
  await service?.close();
  if (database) await dropTestDatabase(database.name);
});

describe('the statistics read model holds no personal data', () => {
  it('has exactly the allowed columns, pseudonyms and codes as text, no free text', async () => {
    const columns: Array<{ table_name: string; column_name: string; data_type: string }> = await service.dataSource.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'reporting' AND table_name = ANY($1::text[]) ORDER BY table_name, ordinal_position`,
      [Object.keys(ALLOWED)],
    );
    const actual: Record<string, Record<string, string>> = {};
    for (const { table_name: table, column_name: column, data_type: type } of columns) {
      const allowed = ALLOWED[table]?.[column];
      (actual[table] ??= {})[column] = allowed === KEY || allowed === CODE ? (type === 'text' ? allowed : type) : type;
    }
    expect(actual).toEqual(ALLOWED);
  });

  it('holds in its text columns only pseudonyms and codes once events are written', async () => {
    for (const event of knownHistory(30)) await service.consumer?.handle(event);
    for (const [table, columns] of Object.entries(ALLOWED)) {
      for (const [column, kind] of Object.entries(columns)) {
        if (kind !== KEY && kind !== CODE && kind !== 'ARRAY') continue;
        const pattern = kind === KEY ? '^[0-9a-f]{64}$' : '^[A-Z][A-Z0-9_]*$';
        const values = kind === 'ARRAY' ? `unnest(${column})` : column;
        const [row] = await service.dataSource.query(
          `SELECT count(*)::int AS bad FROM (SELECT ${values} AS value FROM reporting.${table}) v WHERE value IS NOT NULL AND value !~ $1`,
          [pattern],
        );
        expect({ table, column, bad: row.bad }).toEqual({ table, column, bad: 0 });
      }
    }
  });
});
