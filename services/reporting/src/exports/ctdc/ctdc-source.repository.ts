import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CtdcSourcePerson } from './ctdc-layout';

/**
 * The persons of the CTDC export, read from the statistics read model (person_fact and person_exploitation; the
 * schema's own tables, which only the event handlers write): counted once (merged aliases left out), identified in
 * the period, potential or formally identified victims (not persons at risk, not those concluded not to be victims),
 * who did not refuse consent to the interview (docs/statistics.md, Exports). No pseudonym leaves this query.
 */
@Injectable()
export class CtdcSourceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async persons(from: string, to: string): Promise<CtdcSourcePerson[]> {
    const rows: Array<{
      identified_on: string;
      sex: string;
      age_band: string;
      age_group: string;
      citizenship_country: string | null;
      means_of_control: string[];
      recruiter_relations: string[];
      countries_of_exploitation: string[];
      child_at_exploitation: boolean | null;
      exploitation_types: string[];
    }> = await this.dataSource.query(
      `SELECT to_char(p.identified_on, 'YYYY-MM-DD') AS identified_on, p.sex, p.age_band, p.age_group, p.citizenship_country,
              p.means_of_control, p.recruiter_relations, p.countries_of_exploitation, p.child_at_exploitation,
              COALESCE(array_agg(e.exploitation_type ORDER BY e.exploitation_type) FILTER (WHERE e.exploitation_type IS NOT NULL), '{}') AS exploitation_types
         FROM reporting.person_fact p
         LEFT JOIN reporting.person_exploitation e ON e.person_key = p.person_key
        WHERE p.merged_into IS NULL AND p.identified_on BETWEEN $1 AND $2
          AND p.status <> 'AT_RISK' AND p.outcome IS DISTINCT FROM 'NOT_VICTIM' AND NOT p.consent_refused
        GROUP BY p.person_key
        ORDER BY p.identified_on, p.person_key`,
      [from, to],
    );
    return rows.map((row) => ({
      identifiedOn: row.identified_on,
      sex: row.sex,
      ageBand: row.age_band,
      ageGroup: row.age_group,
      citizenshipCountry: row.citizenship_country,
      meansOfControl: row.means_of_control,
      recruiterRelations: row.recruiter_relations,
      countriesOfExploitation: row.countries_of_exploitation,
      childAtExploitation: row.child_at_exploitation,
      exploitationTypes: row.exploitation_types,
    }));
  }
}
