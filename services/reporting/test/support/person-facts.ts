import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** One person of the read model as a test seeds it: codes only, under a random pseudonym. */
export interface SeedPerson {
  identifiedOn: string;
  sex?: string;
  ageGroup?: 'CHILD' | 'ADULT' | 'UNKNOWN';
  ageBand?: string;
  citizenshipCountry?: string | null;
  status?: string;
  meansOfControl?: string[];
  recruiterRelations?: string[];
  countriesOfExploitation?: string[];
  childAtExploitation?: boolean | null;
  exploitationTypes?: string[];
  mergedInto?: string | null;
  consentRefused?: boolean;
}

export async function seedPersons(dataSource: DataSource, persons: readonly SeedPerson[]): Promise<void> {
  for (const person of persons) {
    const key = `test-${randomUUID()}`;
    const country = person.citizenshipCountry === undefined ? 'AL' : person.citizenshipCountry;
    await dataSource.query(
      `INSERT INTO reporting.person_fact (person_key, identified_at, identified_on, sex, age_group, age_band, citizenship_group,
         citizenship_country, agency_type, region, status, means_of_control, recruiter_relations, countries_of_exploitation,
         child_at_exploitation, merged_into, consent_refused)
       VALUES ($1, ($2::date + time '10:00') AT TIME ZONE 'Europe/Tirane', $2, $3, $4, $5, $6, $7, 'POLICE', 'TIRANA', $8, $9, $10, $11, $12, $13, $14)`,
      [
        key,
        person.identifiedOn,
        person.sex ?? 'FEMALE',
        person.ageGroup ?? 'ADULT',
        person.ageBand ?? 'AGE_18_20',
        country === null ? 'UNKNOWN' : country === 'AL' ? 'NATIONAL' : 'FOREIGN',
        country,
        person.status ?? 'PRESUMED',
        person.meansOfControl ?? [],
        person.recruiterRelations ?? [],
        person.countriesOfExploitation ?? [],
        person.childAtExploitation ?? null,
        person.mergedInto ?? null,
        person.consentRefused ?? false,
      ],
    );
    for (const type of person.exploitationTypes ?? []) {
      await dataSource.query(`INSERT INTO reporting.person_exploitation (person_key, exploitation_type) VALUES ($1, $2)`, [key, type]);
    }
  }
}
