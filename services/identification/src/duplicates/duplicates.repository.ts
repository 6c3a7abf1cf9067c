import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { keysetPage, type PreparedStatement, queryPrepared } from '@nrm/database';
import type { Connection } from '@nrm/graphql';
import { DuplicateCandidateEntity, DuplicateCandidateStatus } from './duplicate-candidate.entity';
import { MatchTokenKind as K } from './match-tokens';

/** What an erased link's written reason reads (the migration's guard allows this one change). */
export const REDACTED_REASON = '[erased on request]';

/** How the search weighs what it found (docs/domain.md, "Possible duplicates"). */
export interface DuplicateScoring {
  threshold: number;
  limit: number;
}

/**
 * The duplicate search for one stored person, from its own hashed tokens (no plain text and no key needed):
 *
 * 1. Blocking: persons sharing a selective key, looked up by hash through `person_match_token_lookup` (kind, hash):
 *    the pair of name skeletons, the date of birth, or one name skeleton with the year of birth.
 * 2. Scoring, through the primary key (person_id, kind, hash) of each blocked person: the share of name trigrams in
 *    common (Jaccard), the date of birth (exact, or the year only), the citizenship.
 *
 * Aliases and the person itself are never candidates; the best `$3` at or above `$2` are returned.
 */
export const DUPLICATE_SEARCH: PreparedStatement = {
  name: 'identification_duplicate_search',
  text: `WITH q AS MATERIALIZED (
       SELECT kind, hash FROM identification.person_match_token WHERE person_id = $1
     ), qs AS (
       SELECT count(*) FILTER (WHERE kind = ${K.GRAM}) AS grams, coalesce(bool_or(kind = ${K.DATE_OF_BIRTH}), false) AS has_dob FROM q
     ), blocked AS (
       SELECT DISTINCT t.person_id FROM q JOIN identification.person_match_token t ON t.kind = q.kind AND t.hash = q.hash
        WHERE q.kind IN (${K.SKELETON_PAIR}, ${K.DATE_OF_BIRTH}, ${K.SKELETON_YEAR})
     ), eligible AS (
       SELECT b.person_id FROM blocked b
        WHERE b.person_id <> $1
          AND NOT EXISTS (SELECT 1 FROM identification.person_alias a WHERE a.alias_id = b.person_id)
     ), scored AS (
       SELECT t.person_id,
              count(*) FILTER (WHERE t.kind = ${K.GRAM}) AS grams,
              count(q.hash) FILTER (WHERE t.kind = ${K.GRAM}) AS shared_grams,
              coalesce(bool_or(t.kind = ${K.DATE_OF_BIRTH}), false) AS has_dob,
              coalesce(bool_or(t.kind = ${K.DATE_OF_BIRTH} AND q.hash IS NOT NULL), false) AS dob,
              coalesce(bool_or(t.kind = ${K.YEAR_OF_BIRTH} AND q.hash IS NOT NULL), false) AS yob,
              coalesce(bool_or(t.kind = ${K.CITIZENSHIP} AND q.hash IS NOT NULL), false) AS citizenship
         FROM eligible e JOIN identification.person_match_token t ON t.person_id = e.person_id
         LEFT JOIN q ON q.kind = t.kind AND q.hash = t.hash
        GROUP BY t.person_id
     ), rated AS (
       SELECT s.person_id, s.dob, s.citizenship,
              s.shared_grams::numeric / NULLIF(qs.grams + s.grams - s.shared_grams, 0) AS name_score,
              CASE WHEN s.dob THEN 0.3 WHEN s.yob THEN 0.12 WHEN qs.has_dob AND s.has_dob THEN -0.2 ELSE 0.15 END AS dob_score
         FROM scored s CROSS JOIN qs
     ), final AS (
       SELECT person_id, dob, citizenship, name_score,
              round(LEAST(1, GREATEST(0, 0.6 * name_score + dob_score + CASE WHEN citizenship THEN 0.1 ELSE 0 END)), 3) AS score
         FROM rated WHERE name_score > 0
     )
     SELECT person_id, score::float8 AS score,
            array_remove(ARRAY[CASE WHEN name_score >= 0.5 THEN 'NAME' END, CASE WHEN dob THEN 'DATE_OF_BIRTH' END,
                               CASE WHEN citizenship THEN 'CITIZENSHIP' END], NULL) AS reasons
       FROM final WHERE score >= $2
      ORDER BY score DESC, person_id LIMIT $3`,
};

export interface FoundDuplicate {
  person_id: string;
  score: number;
  reasons: string[];
}

/** The person's alias row, when the id names a linked record. */
export interface PersonLinkRow {
  aliasId: string;
  canonicalId: string;
  linkedAt: Date;
}

/** Every read and write of the duplicate search's tables: match tokens, the screening queue, candidates and aliases. */
@Injectable()
export class DuplicatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  search(personId: string, scoring: DuplicateScoring, manager?: EntityManager): Promise<FoundDuplicate[]> {
    return queryPrepared<FoundDuplicate>(manager ?? this.dataSource, DUPLICATE_SEARCH, [personId, scoring.threshold, scoring.limit]);
  }

  /**
   * Takes up to `limit` persons waiting for their search, skipping those another screening holds, inside the caller's
   * transaction: each is searched and its row deleted in the same transaction.
   */
  async claimScreening(manager: EntityManager, limit: number): Promise<string[]> {
    const rows: Array<{ person_id: string }> = await manager.query(
      `SELECT person_id FROM identification.duplicate_screening ORDER BY queued_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map((row) => row.person_id);
  }

  async finishScreening(manager: EntityManager, personId: string): Promise<void> {
    await manager.query(`DELETE FROM identification.duplicate_screening WHERE person_id = $1`, [personId]);
  }

  /**
   * Records found pairs as PENDING, the newer record as `person_id` and the existing one as its candidate whichever of
   * the two was searched for; a pair already known (pending, linked or dismissed, either way round) stays as it is.
   */
  async recordCandidates(manager: EntityManager, personId: string, found: FoundDuplicate[], detectedAt: Date): Promise<void> {
    if (found.length === 0) return;
    await manager.query(
      `INSERT INTO identification.duplicate_candidate (person_id, candidate_person_id, score, reasons, detected_at)
       SELECT CASE WHEN (c.created_at, c.id) > (p.created_at, p.id) THEN c.id ELSE p.id END,
              CASE WHEN (c.created_at, c.id) > (p.created_at, p.id) THEN p.id ELSE c.id END,
              f.score, string_to_array(f.reasons, ','), $5
         FROM unnest($2::uuid[], $3::numeric[], $4::text[]) AS f(candidate, score, reasons)
         JOIN identification.person p ON p.id = $1
         JOIN identification.person c ON c.id = f.candidate
       ON CONFLICT DO NOTHING`,
      [personId, found.map((row) => row.person_id), found.map((row) => row.score), found.map((row) => row.reasons.join(',')), detectedAt],
    );
  }

  pagePending(args: { first?: number; after?: string }): Promise<Connection<DuplicateCandidateEntity>> {
    const query = this.dataSource
      .getRepository(DuplicateCandidateEntity)
      .createQueryBuilder('dc')
      .where('dc.status = :status', { status: DuplicateCandidateStatus.PENDING });
    return keysetPage(query, { first: args.first, after: args.after, atColumn: 'dc.detected_at', idColumn: 'dc.id', atOf: (row) => row.detectedAt, idOf: (row) => row.id });
  }

  /** The candidates of one person, either side of the pair, newest first, pending ones first. */
  ofPerson(personIds: string[]): Promise<DuplicateCandidateEntity[]> {
    return this.dataSource
      .getRepository(DuplicateCandidateEntity)
      .createQueryBuilder('dc')
      .where('(dc.person_id = ANY(:ids) OR dc.candidate_person_id = ANY(:ids))', { ids: personIds })
      .orderBy(`CASE WHEN dc.status = 'PENDING' THEN 0 ELSE 1 END`)
      .addOrderBy('dc.detected_at', 'DESC')
      .limit(100)
      .getMany();
  }

  findCandidateForUpdate(manager: EntityManager, id: string): Promise<DuplicateCandidateEntity | null> {
    return manager
      .getRepository(DuplicateCandidateEntity)
      .createQueryBuilder('dc')
      .setLock('pessimistic_write')
      .where('dc.id = :id', { id })
      .getOne();
  }

  async decideCandidate(
    manager: EntityManager,
    id: string,
    decision: { status: DuplicateCandidateStatus; at: Date; by: string; agencyId: string; reason: string },
  ): Promise<DuplicateCandidateEntity> {
    await manager.query(
      `UPDATE identification.duplicate_candidate
          SET status = $2, decided_at = $3, decided_by = $4, decided_by_agency_id = $5, decision_reason = $6
        WHERE id = $1 AND status = 'PENDING'`,
      [id, decision.status, decision.at, decision.by, decision.agencyId, decision.reason],
    );
    return manager.getRepository(DuplicateCandidateEntity).findOneOrFail({ where: { id } });
  }

  /** The pending candidate of the pair, whichever way round it was found. */
  async pendingPair(manager: EntityManager, a: string, b: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM identification.duplicate_candidate
        WHERE LEAST(person_id, candidate_person_id) = LEAST($1::uuid, $2::uuid)
          AND GREATEST(person_id, candidate_person_id) = GREATEST($1::uuid, $2::uuid) AND status = 'PENDING'
        FOR UPDATE`,
      [a, b],
    );
    return rows[0]?.id ?? null;
  }

  /** Whether each id is an alias (names its canonical) and whether it has aliases, read under the caller's locks. */
  async linkState(manager: EntityManager, personId: string): Promise<{ canonicalId: string | null; hasAliases: boolean }> {
    const [row] = (await manager.query(
      `SELECT (SELECT canonical_id FROM identification.person_alias WHERE alias_id = $1) AS canonical_id,
              EXISTS (SELECT 1 FROM identification.person_alias WHERE canonical_id = $1) AS has_aliases`,
      [personId],
    )) as Array<{ canonical_id: string | null; has_aliases: boolean }>;
    return { canonicalId: row.canonical_id, hasAliases: row.has_aliases };
  }

  /**
   * Records the link and moves the alias's match tokens to the canonical person, so a later identification resembling
   * either spelling finds the canonical record.
   */
  async link(
    manager: EntityManager,
    link: { aliasId: string; canonicalId: string; at: Date; by: string; agencyId: string; reason: string; candidateId: string | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO identification.person_alias (alias_id, canonical_id, linked_at, linked_by, linked_by_agency_id, reason, candidate_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [link.aliasId, link.canonicalId, link.at, link.by, link.agencyId, link.reason, link.candidateId],
    );
    await manager.query(
      `INSERT INTO identification.person_match_token (person_id, kind, hash)
       SELECT $2, kind, hash FROM identification.person_match_token WHERE person_id = $1 ON CONFLICT DO NOTHING`,
      [link.aliasId, link.canonicalId],
    );
    await manager.query(`DELETE FROM identification.person_match_token WHERE person_id = $1`, [link.aliasId]);
    await manager.query(`DELETE FROM identification.duplicate_screening WHERE person_id = $1`, [link.aliasId]);
  }

  /** The link an id names as an alias, if any. */
  async aliasOf(id: string): Promise<PersonLinkRow | null> {
    const rows: Array<{ alias_id: string; canonical_id: string; linked_at: Date }> = await this.dataSource.query(
      `SELECT alias_id, canonical_id, linked_at FROM identification.person_alias WHERE alias_id = $1`,
      [id],
    );
    const [row] = rows;
    return row ? { aliasId: row.alias_id, canonicalId: row.canonical_id, linkedAt: row.linked_at } : null;
  }

  async aliasesOf(canonicalId: string): Promise<string[]> {
    const rows: Array<{ alias_id: string }> = await this.dataSource.query(
      `SELECT alias_id FROM identification.person_alias WHERE canonical_id = $1 ORDER BY linked_at`,
      [canonicalId],
    );
    return rows.map((row) => row.alias_id);
  }

  /**
   * Erasure's part: the person's match tokens and screening go (hashes of a name are still personal data), its pending
   * candidates are dismissed as erased, and the free-text decision reasons naming it are redacted. Links stay: they
   * hold ids only, and the other record's history still points at this one.
   */
  async eraseFacts(manager: EntityManager, personId: string, at: Date): Promise<void> {
    await manager.query(`DELETE FROM identification.person_match_token WHERE person_id = $1`, [personId]);
    await manager.query(`DELETE FROM identification.duplicate_screening WHERE person_id = $1`, [personId]);
    await manager.query(
      `UPDATE identification.duplicate_candidate
          SET status = CASE WHEN status = 'PENDING' THEN 'DISMISSED' ELSE status END,
              decided_at = coalesce(decided_at, $2), decided_by = coalesce(decided_by, 'erasure'),
              decided_by_agency_id = coalesce(decided_by_agency_id, 'erasure'),
              decision_reason = CASE WHEN decision_reason IS NULL THEN NULL ELSE $3 END
        WHERE person_id = $1 OR candidate_person_id = $1`,
      [personId, at, REDACTED_REASON],
    );
    await manager.query(
      `UPDATE identification.person_alias SET reason = $2 WHERE (alias_id = $1 OR canonical_id = $1) AND reason <> $2`,
      [personId, REDACTED_REASON],
    );
  }
}
