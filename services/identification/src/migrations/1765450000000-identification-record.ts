import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the initial identification records beyond the first path (docs/domain.md §2 step 1 and §6):
 *
 * - `initial_identification.means_of_control`, `recruiter_relation`: TRAFFICKING_EXPERIENCE, as HTCDS codes;
 * - `initial_identification.entry_route`: how the person came to the NRM (a first responder, self-referral, a prosecutor);
 * - `initial_identification.place_of_exploitation`: DOMESTIC, ABROAD or BOTH, null when not known; a statistics
 *   dimension (docs/domain.md §5), so a plain code column, indexed for the listing filter;
 * - `person.documents`: IDENTITY, the person's identity documents as a JSON array of
 *   `{ type, number, issuingCountry, expiresOn }`.
 * Every check lists the codes here, written out, so this migration keeps its meaning whatever the code becomes.
 */
export class IdentificationRecord1765450000000 implements MigrationInterface {
  name = 'IdentificationRecord1765450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE identification.initial_identification
         ADD COLUMN means_of_control text[] NOT NULL DEFAULT '{}'
           CONSTRAINT initial_identification_means_of_control CHECK (means_of_control <@ ARRAY['DEBT_BONDAGE', 'TAKES_EARNINGS',
             'THREATS', 'PHYSICAL_ABUSE', 'SEXUAL_ABUSE', 'PSYCHOLOGICAL_ABUSE', 'FALSE_PROMISES', 'PSYCHOACTIVE_SUBSTANCES',
             'RESTRICTS_MOVEMENT', 'WITHHOLDS_DOCUMENTS', 'WITHHOLDS_NECESSITIES', 'EXCESSIVE_HOURS', 'OTHER']::text[]),
         ADD COLUMN recruiter_relation text
           CONSTRAINT initial_identification_recruiter_relation CHECK (recruiter_relation IN ('INTIMATE_PARTNER', 'FRIEND', 'FAMILY', 'OTHER', 'UNKNOWN')),
         ADD COLUMN entry_route text NOT NULL DEFAULT 'FIRST_RESPONDER'
           CONSTRAINT initial_identification_entry_route CHECK (entry_route IN ('FIRST_RESPONDER', 'SELF_REFERRAL', 'PROSECUTOR')),
         ADD COLUMN place_of_exploitation text
           CONSTRAINT initial_identification_place_of_exploitation CHECK (place_of_exploitation IN ('DOMESTIC', 'ABROAD', 'BOTH'))`,
      `CREATE INDEX initial_identification_by_agency ON identification.initial_identification (recording_agency_id, submitted_at DESC, id DESC)`,
      `ALTER TABLE identification.person
         ADD COLUMN documents jsonb NOT NULL DEFAULT '[]'
           CONSTRAINT person_documents_array CHECK (jsonb_typeof(documents) = 'array' AND jsonb_array_length(documents) <= 10)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE identification.person DROP COLUMN documents`,
      `DROP INDEX identification.initial_identification_by_agency`,
      `ALTER TABLE identification.initial_identification DROP COLUMN means_of_control, DROP COLUMN recruiter_relation,
         DROP COLUMN entry_route, DROP COLUMN place_of_exploitation`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
