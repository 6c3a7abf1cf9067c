import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CtdcSourcePerson } from './ctdc-layout';
import type { QuasiIdentifiers } from './k-anonymity';

/**
 * One combination of what the quasi-identifiers are made from, as the read model holds it ('' where it holds nothing):
 * the year of identification, sex, age band and group, citizenship, and the country of exploitation (the one
 * country, MULTIPLE for several).
 */
export interface CtdcSourceKey {
  year: string;
  sex: string;
  ageBand: string;
  ageGroup: string;
  citizenshipCountry: string;
  countryOfExploitation: string;
}

export interface CtdcSourceGroup {
  key: CtdcSourceKey;
  count: number;
}

/** A combination and the quasi-identifiers its persons are published with (combinations withheld are left out). */
export interface CtdcPlannedGroup {
  key: CtdcSourceKey;
  quasi: QuasiIdentifiers;
}

/** A person as read for the file: its source, and the quasi-identifiers of the plan. */
export interface CtdcPlannedPerson extends CtdcSourcePerson {
  quasi: QuasiIdentifiers;
}

/** Rows fetched from the cursor at a time: a few MiB of the node heap, whatever the year holds. */
const FETCH_ROWS = 5_000;

const KEY_COLUMNS = ['year', 'sex', 'age_band', 'age_group', 'citizenship_country', 'country_of_exploitation'] as const;
const QUASI_COLUMNS = ['yearOfRegistration', 'gender', 'ageBroad', 'majorityStatus', 'citizenship', 'CountryOfExploitation'] as const;

/**
 * The persons of the CTDC export (docs/statistics.md, Exports): counted once (merged aliases left out), identified in
 * the period, potential or formally identified victims (not persons at risk, not those concluded not to be victims),
 * who did not refuse consent to the interview. The read model's own tables (person_fact, person_exploitation), which
 * only the event handlers write. No pseudonym leaves these queries.
 */
const PERSONS = `
  SELECT to_char(p.identified_on, 'YYYY') AS year, p.sex, p.age_band, p.age_group, COALESCE(p.citizenship_country, '') AS citizenship_country,
         COALESCE((SELECT CASE WHEN count(DISTINCT c) = 1 THEN min(c) WHEN count(DISTINCT c) > 1 THEN 'MULTIPLE' END
                     FROM unnest(p.countries_of_exploitation) AS c), '') AS country_of_exploitation,
         p.person_key, p.means_of_control, p.recruiter_relations, p.countries_of_exploitation, p.child_at_exploitation
    FROM reporting.person_fact p
   WHERE p.merged_into IS NULL AND p.identified_on BETWEEN $1 AND $2
     AND p.status <> 'AT_RISK' AND p.outcome IS DISTINCT FROM 'NOT_VICTIM' AND NOT p.consent_refused`;

/** A text array as one sortable text: its distinct values in code-unit order. */
const sortedText = (expression: string) => `array_to_string(ARRAY(SELECT DISTINCT v COLLATE "C" FROM unnest(${expression}) AS v ORDER BY 1), ',')`;

@Injectable()
export class CtdcSourceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Reads the persons of the period for the file, in one REPEATABLE READ transaction so that the plan and the rows
   * see the same persons: first the counts of each combination (a GROUP BY), handed to `plan`, which answers what each
   * combination is published as; then the persons of the combinations kept, through a cursor, `FETCH_ROWS` at a time,
   * handed to `onRows` with their planned quasi-identifiers. The rows come sorted by what the file will show (the
   * planned quasi-identifiers, then the values the other columns are made from, in code-unit order), so their order
   * says nothing of the order of registration nor of what the generalisation hid.
   */
  async read(
    from: string,
    to: string,
    plan: (groups: CtdcSourceGroup[]) => Promise<CtdcPlannedGroup[]>,
    onRows: (persons: CtdcPlannedPerson[]) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const counted: Array<Record<(typeof KEY_COLUMNS)[number], string> & { count: number }> = await manager.query(
        `SELECT year, sex, age_band, age_group, citizenship_country, country_of_exploitation, count(*)::int AS count
           FROM (${PERSONS}) persons
          GROUP BY 1, 2, 3, 4, 5, 6`,
        [from, to],
      );
      const planned = await plan(
        counted.map((row) => ({
          key: { year: row.year, sex: row.sex, ageBand: row.age_band, ageGroup: row.age_group, citizenshipCountry: row.citizenship_country, countryOfExploitation: row.country_of_exploitation },
          count: row.count,
        })),
      );
      await this.readPlanned(manager, from, to, planned, onRows);
    });
  }

  private async readPlanned(manager: EntityManager, from: string, to: string, planned: readonly CtdcPlannedGroup[], onRows: (persons: CtdcPlannedPerson[]) => Promise<void>): Promise<void> {
    const keyOf: Array<(group: CtdcPlannedGroup) => string> = [
      (group) => group.key.year,
      (group) => group.key.sex,
      (group) => group.key.ageBand,
      (group) => group.key.ageGroup,
      (group) => group.key.citizenshipCountry,
      (group) => group.key.countryOfExploitation,
    ];
    const parameters: unknown[] = [from, to, ...keyOf.map((value) => planned.map(value)), ...QUASI_COLUMNS.map((column) => planned.map((group) => group.quasi[column]))];
    const unnested = [...KEY_COLUMNS.map((_, index) => `$${index + 3}::text[]`), ...QUASI_COLUMNS.map((_, index) => `$${index + 3 + KEY_COLUMNS.length}::text[]`)].join(', ');
    // Two exploitation types the file cannot tell apart (forced labour, child labour) sort as one.
    const sortedType = `(CASE e.exploitation_type WHEN 'CHILD_LABOUR' THEN 'FORCED_LABOUR' ELSE e.exploitation_type END) COLLATE "C"`;
    await manager.query(`SET LOCAL cursor_tuple_fraction = 1`);
    await manager.query(
      `DECLARE ctdc_persons NO SCROLL CURSOR FOR
       SELECT g.q_year, g.q_gender, g.q_age, g.q_majority, g.q_citizenship, g.q_country,
              persons.means_of_control, persons.recruiter_relations, persons.countries_of_exploitation, persons.child_at_exploitation,
              COALESCE(types.exploitation_types, '{}') AS exploitation_types,
              persons.sex, persons.age_band, persons.age_group, persons.citizenship_country, persons.year
         FROM (${PERSONS}) persons
         JOIN unnest(${unnested}) AS g(year, sex, age_band, age_group, citizenship_country, country_of_exploitation, q_year, q_gender, q_age, q_majority, q_citizenship, q_country)
           ON g.year = persons.year AND g.sex = persons.sex AND g.age_band = persons.age_band AND g.age_group = persons.age_group
          AND g.citizenship_country = persons.citizenship_country AND g.country_of_exploitation = persons.country_of_exploitation
         LEFT JOIN LATERAL (
               SELECT array_agg(e.exploitation_type) AS exploitation_types, string_agg(DISTINCT ${sortedType}, ',' ORDER BY ${sortedType}) AS sort_key
                 FROM reporting.person_exploitation e WHERE e.person_key = persons.person_key) types ON true
        ORDER BY g.q_year COLLATE "C", g.q_gender COLLATE "C", g.q_age COLLATE "C", g.q_majority COLLATE "C", g.q_citizenship COLLATE "C", g.q_country COLLATE "C",
                 persons.child_at_exploitation NULLS FIRST, ${sortedText('persons.means_of_control')} COLLATE "C", COALESCE(types.sort_key, '') COLLATE "C",
                 ${sortedText('persons.recruiter_relations')} COLLATE "C"`,
      parameters,
    );
    for (;;) {
      const rows: Array<{
        q_year: string;
        q_gender: string;
        q_age: string;
        q_majority: string;
        q_citizenship: string;
        q_country: string;
        means_of_control: string[];
        recruiter_relations: string[];
        countries_of_exploitation: string[];
        child_at_exploitation: boolean | null;
        exploitation_types: string[];
        sex: string;
        age_band: string;
        age_group: string;
        citizenship_country: string;
        year: string;
      }> = await manager.query(`FETCH ${FETCH_ROWS} FROM ctdc_persons`);
      if (rows.length === 0) break;
      await onRows(
        rows.map((row) => ({
          identifiedOn: `${row.year}-01-01`,
          sex: row.sex,
          ageBand: row.age_band,
          ageGroup: row.age_group,
          citizenshipCountry: row.citizenship_country === '' ? null : row.citizenship_country,
          meansOfControl: row.means_of_control,
          recruiterRelations: row.recruiter_relations,
          countriesOfExploitation: row.countries_of_exploitation,
          childAtExploitation: row.child_at_exploitation,
          exploitationTypes: row.exploitation_types,
          quasi: {
            yearOfRegistration: row.q_year,
            gender: row.q_gender,
            ageBroad: row.q_age,
            majorityStatus: row.q_majority,
            citizenship: row.q_citizenship,
            CountryOfExploitation: row.q_country,
          },
        })),
      );
      if (rows.length < FETCH_ROWS) break;
    }
    await manager.query(`CLOSE ctdc_persons`);
  }
}
