import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Possible duplicates (docs/domain.md, "Possible duplicates"):
 *
 * - `person_match_token`: keyed hashes (HMAC-SHA-256 under PERSON_MATCH_KEY, 16 bytes) of a person's folded name
 *   tokens, their skeletons and trigrams, the date and year of birth and the citizenship; no plain text. The search
 *   looks hashes up through `person_match_token_lookup` (kind, hash) and scores candidates through the primary key.
 * - `duplicate_screening`: persons whose tokens were written and who have not been searched for yet (the search runs
 *   apart from the submission, so its answer and timing tell the submitting officer nothing).
 * - `duplicate_candidate`: a pair the search found, with its score and reason codes, PENDING until the RA links or
 *   dismisses it; one row per pair, whichever way round, so a dismissed pair is never proposed again.
 * - `person_alias`: a linked record (alias) and the person it is now known as (canonical). A link is never rewritten
 *   nor removed (erasure only redacts its free-text reason), an alias is never a canonical person, and a canonical person is never an alias (no chains).
 */
export class PossibleDuplicates1765460000000 implements MigrationInterface {
  name = 'PossibleDuplicates1765460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE identification.person_match_token (
        person_id uuid NOT NULL REFERENCES identification.person(id) ON DELETE CASCADE,
        kind smallint NOT NULL CHECK (kind BETWEEN 1 AND 8),
        hash bytea NOT NULL CHECK (octet_length(hash) = 16),
        PRIMARY KEY (person_id, kind, hash)
      )`,
      `CREATE INDEX person_match_token_lookup ON identification.person_match_token (kind, hash) INCLUDE (person_id)`,
      `CREATE TABLE identification.duplicate_screening (
        person_id uuid PRIMARY KEY REFERENCES identification.person(id) ON DELETE CASCADE,
        queued_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX duplicate_screening_queue ON identification.duplicate_screening (queued_at)`,
      `CREATE TABLE identification.duplicate_candidate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES identification.person(id),
        candidate_person_id uuid NOT NULL REFERENCES identification.person(id),
        score numeric(4,3) NOT NULL CHECK (score >= 0 AND score <= 1),
        reasons text[] NOT NULL CHECK (reasons <@ ARRAY['NAME','DATE_OF_BIRTH','CITIZENSHIP']::text[]),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'LINKED', 'DISMISSED')),
        detected_at timestamptz NOT NULL,
        decided_at timestamptz,
        decided_by text,
        decided_by_agency_id text,
        decision_reason text CHECK (char_length(decision_reason) <= 1000),
        CONSTRAINT duplicate_candidate_distinct CHECK (person_id <> candidate_person_id),
        CONSTRAINT duplicate_candidate_decision CHECK (
          (status = 'PENDING') = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL)
          AND (decided_by IS NULL) = (decided_by_agency_id IS NULL))
      )`,
      `CREATE UNIQUE INDEX duplicate_candidate_pair ON identification.duplicate_candidate
        (LEAST(person_id, candidate_person_id), GREATEST(person_id, candidate_person_id))`,
      `CREATE INDEX duplicate_candidate_pending ON identification.duplicate_candidate (detected_at DESC, id DESC) WHERE status = 'PENDING'`,
      `CREATE INDEX duplicate_candidate_person ON identification.duplicate_candidate (person_id)`,
      `CREATE INDEX duplicate_candidate_candidate ON identification.duplicate_candidate (candidate_person_id)`,
      `CREATE TABLE identification.person_alias (
        alias_id uuid PRIMARY KEY REFERENCES identification.person(id),
        canonical_id uuid NOT NULL REFERENCES identification.person(id),
        linked_at timestamptz NOT NULL,
        linked_by text NOT NULL,
        linked_by_agency_id text NOT NULL,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 1000),
        candidate_id uuid REFERENCES identification.duplicate_candidate(id),
        CONSTRAINT person_alias_distinct CHECK (alias_id <> canonical_id)
      )`,
      `CREATE INDEX person_alias_canonical ON identification.person_alias (canonical_id)`,
      `CREATE FUNCTION identification.person_alias_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Erasure redacts the free-text reason (it may name the person); nothing else of a link ever changes.
        IF TG_OP = 'UPDATE' AND NEW.reason = '[erased on request]'
           AND (to_jsonb(NEW) - 'reason') = (to_jsonb(OLD) - 'reason') THEN
          RETURN NEW;
        END IF;
        IF TG_OP <> 'INSERT' THEN
          RAISE EXCEPTION 'a link between person records is never rewritten' USING ERRCODE = 'restrict_violation';
        END IF;
        IF EXISTS (SELECT 1 FROM identification.person_alias WHERE alias_id = NEW.canonical_id)
           OR EXISTS (SELECT 1 FROM identification.person_alias WHERE canonical_id = NEW.alias_id) THEN
          RAISE EXCEPTION 'links between person records do not chain' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`,
      `CREATE TRIGGER person_alias_append_only BEFORE INSERT OR UPDATE OR DELETE ON identification.person_alias
        FOR EACH ROW EXECUTE FUNCTION identification.person_alias_guard()`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP TABLE identification.person_alias`,
      `DROP FUNCTION identification.person_alias_guard()`,
      `DROP TABLE identification.duplicate_candidate`,
      `DROP TABLE identification.duplicate_screening`,
      `DROP TABLE identification.person_match_token`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}
