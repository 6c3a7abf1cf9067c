import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { personAuditEntriesForExport } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import type { DocumentLanguage, RequesterIdentityCheck, SubjectAccessRequester } from './subject-access.enums';

export interface LegalHoldRow {
  id: string;
  personId: string;
  reasonCode: string;
  setBy: string;
  setByAgencyId: string;
  setAt: Date;
  releasedAt: Date | null;
  releasedBy: string | null;
  releasedByAgencyId: string | null;
}

const LEGAL_HOLD_COLUMNS = `id, person_id AS "personId", reason_code AS "reasonCode", set_by AS "setBy", set_by_agency_id AS "setByAgencyId",
  set_at AS "setAt", released_at AS "releasedAt", released_by AS "releasedBy", released_by_agency_id AS "releasedByAgencyId"`;

export interface SubjectAccessRequestRow {
  id: string;
  personId: string;
  requestReference: string;
  requestedBy: SubjectAccessRequester;
  identityCheck: RequesterIdentityCheck;
  receivedAt: Date;
  language: DocumentLanguage;
  recordedByAgencyId: string;
  recordedAt: Date;
  fulfilledAt: Date | null;
}

const REQUEST_COLUMNS = `id, person_id AS "personId", request_reference AS "requestReference", requester AS "requestedBy",
  identity_check AS "identityCheck", received_at AS "receivedAt", language, recorded_by_agency_id AS "recordedByAgencyId",
  recorded_at AS "recordedAt", fulfilled_at AS "fulfilledAt"`;

interface NewSubjectAccessRequest {
  id: string;
  personId: string;
  requestReference: string;
  requestedBy: SubjectAccessRequester;
  identityCheck: RequesterIdentityCheck;
  receivedAt: Date;
  language: DocumentLanguage;
}

/** An export under way for a person, as a part's claim checks it. */
interface ExportUnderWay {
  id: string;
  export_token: string;
}

interface ErasureRecord {
  requestReference: string;
  erasedAt: Date;
  consentsWithdrawn: number;
}

type Row = Record<string, unknown>;

/**
 * Columns left out of the subject access document: the individual staff members' account ids and usernames (the
 * agency and role stay), which a person handing the document on, or made to hand it over, must not expose; and
 * technical hashes.
 */
const WITHHELD: Readonly<Record<string, readonly string[]>> = {
  initial_identification: ['submitted_by', 'input_hash'],
  consent_grant: ['recorded_by', 'withdrawn_by'],
  legal_basis_override: ['granted_by'],
  legal_hold: ['set_by', 'released_by'],
  person_erasure: ['erased_by'],
  // the export token is a credential of one export, not a fact about the person
  subject_access_request: ['recorded_by', 'export_token', 'export_started_by', 'fulfilled_by'],
};

/** The person's rights: legal holds, subject access requests and their exports, erasure records. */
@Injectable()
export class PersonRightsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async activeLegalHold(manager: EntityManager, personId: string): Promise<LegalHoldRow | null> {
    const rows: LegalHoldRow[] = await manager.query(
      `SELECT ${LEGAL_HOLD_COLUMNS} FROM identification.legal_hold WHERE person_id = $1 AND released_at IS NULL`,
      [personId],
    );
    return rows[0] ?? null;
  }

  async insertLegalHold(manager: EntityManager, hold: { id: string; personId: string; reasonCode: string }, principal: Principal): Promise<LegalHoldRow> {
    const rows: LegalHoldRow[] = await manager.query(
      `INSERT INTO identification.legal_hold (id, person_id, reason_code, set_by, set_by_agency_id, set_at)
       VALUES ($1, $2, $3, $4, $5, now()) RETURNING ${LEGAL_HOLD_COLUMNS}`,
      [hold.id, hold.personId, hold.reasonCode, principal.subject, principal.agencyId],
    );
    return rows[0] as LegalHoldRow;
  }

  async releaseLegalHold(manager: EntityManager, holdId: string, principal: Principal): Promise<LegalHoldRow> {
    const rows: [LegalHoldRow[], number] = await manager.query(
      `UPDATE identification.legal_hold SET released_at = now(), released_by = $2, released_by_agency_id = $3
        WHERE id = $1 RETURNING ${LEGAL_HOLD_COLUMNS}`,
      [holdId, principal.subject, principal.agencyId],
    );
    return rows[0][0] as LegalHoldRow;
  }

  legalHolds(personId: string): Promise<LegalHoldRow[]> {
    return this.dataSource.query(`SELECT ${LEGAL_HOLD_COLUMNS} FROM identification.legal_hold WHERE person_id = $1 ORDER BY set_at DESC, id`, [personId]);
  }

  /** The received time is capped at the database's now. */
  async insertSubjectAccessRequest(manager: EntityManager, request: NewSubjectAccessRequest, principal: Principal): Promise<SubjectAccessRequestRow> {
    const rows: SubjectAccessRequestRow[] = await manager.query(
      `INSERT INTO identification.subject_access_request
         (id, person_id, request_reference, requester, identity_check, received_at, language, recorded_by, recorded_by_agency_id)
       VALUES ($1, $2, $3, $4, $5, least($6::timestamptz, now()), $7, $8, $9) RETURNING ${REQUEST_COLUMNS}`,
      [
        request.id,
        request.personId,
        request.requestReference,
        request.requestedBy,
        request.identityCheck,
        request.receivedAt,
        request.language,
        principal.subject,
        principal.agencyId,
      ],
    );
    return rows[0]!;
  }

  async lockSubjectAccessRequest(manager: EntityManager, personId: string, requestReference: string): Promise<SubjectAccessRequestRow | null> {
    const found: SubjectAccessRequestRow[] = await manager.query(
      `SELECT ${REQUEST_COLUMNS} FROM identification.subject_access_request WHERE person_id = $1 AND request_reference = $2 FOR UPDATE`,
      [personId, requestReference],
    );
    return found[0] ?? null;
  }

  async startExport(manager: EntityManager, requestId: string, exportToken: string, ttlSeconds: number, principal: Principal): Promise<void> {
    await manager.query(
      `UPDATE identification.subject_access_request
          SET export_token = $2, export_token_expires_at = now() + make_interval(secs => $3), export_started_by = $4
        WHERE id = $1`,
      [requestId, exportToken, ttlSeconds, principal.subject],
    );
  }

  /** The exports under way for this person by this caller. */
  exportsUnderWay(manager: EntityManager, personId: string, principal: Principal): Promise<ExportUnderWay[]> {
    return manager.query(
      `SELECT id, export_token FROM identification.subject_access_request
        WHERE person_id = $1 AND export_started_by = $2 AND fulfilled_at IS NULL AND export_token_expires_at > now()`,
      [personId, principal.subject],
    );
  }

  /** Whether this claim of a service's part is the first. */
  async claimPart(manager: EntityManager, exportToken: string, service: string, requestId: string): Promise<boolean> {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO identification.subject_access_part_release (export_token, service, request_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING service`,
      [exportToken, service, requestId],
    );
    return claimed.length > 0;
  }

  /** Whether this export fulfilled the request (false when another did first). */
  async fulfil(manager: EntityManager, requestId: string, exportToken: string, principal: Principal): Promise<boolean> {
    const updated: [unknown[], number] = await manager.query(
      `UPDATE identification.subject_access_request SET fulfilled_at = now(), fulfilled_by = $3, fulfilled_by_agency_id = $4
        WHERE id = $1 AND export_token = $2 AND fulfilled_at IS NULL`,
      [requestId, exportToken, principal.subject, principal.agencyId],
    );
    return updated[1] === 1;
  }

  async insertErasure(manager: EntityManager, personId: string, requestReference: string, erasedAt: Date, consentsWithdrawn: number, principal: Principal): Promise<void> {
    await manager.query(
      `INSERT INTO identification.person_erasure (person_id, request_reference, erased_by, erased_by_agency_id, erased_at, consents_withdrawn)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [personId, requestReference, principal.subject, principal.agencyId, erasedAt, consentsWithdrawn],
    );
  }

  async erasure(manager: EntityManager, personId: string): Promise<ErasureRecord | null> {
    const rows: Array<{ request_reference: string; erased_at: Date; consents_withdrawn: number }> = await manager.query(
      `SELECT request_reference, erased_at, consents_withdrawn FROM identification.person_erasure WHERE person_id = $1`,
      [personId],
    );
    const [row] = rows;
    return row ? { requestReference: row.request_reference, erasedAt: row.erased_at, consentsWithdrawn: row.consents_withdrawn } : null;
  }

  /**
   * Everything identification holds about the person, for the subject access export: the one read that spans every
   * table of the service, by design. PostgreSQL renders each row as JSON itself: dates stay dates (no time-zone
   * shift), every column is included but the withheld ones.
   */
  async exportRows(manager: EntityManager, personId: string): Promise<Record<string, unknown>> {
    const rows = async (table: string, order: string, key = 'person_id'): Promise<Row[]> => {
      const found: Array<{ row: Row }> = await manager.query(
        `SELECT to_jsonb(t) - $2::text[] AS row FROM identification.${table} t WHERE t.${key} = $1 ORDER BY ${order}`,
        [personId, WITHHELD[table] ?? []],
      );
      return found.map(({ row }) => row);
    };
    const [person] = await rows('person', 't.id', 'id');
    const [erasure] = await rows('person_erasure', 't.person_id');
    return {
      person,
      erasure: erasure ?? null,
      initialIdentifications: await rows('initial_identification', 't.submitted_at, t.id'),
      consentGrants: await rows('consent_grant', 't.recorded_at, t.id'),
      legalBasisOverrides: await rows('legal_basis_override', 't.granted_at, t.id'),
      relationships: await rows('person_relationship', 't.created_at, t.agency_id, t.relationship, t.source_id'),
      legalHolds: await rows('legal_hold', 't.set_at, t.id'),
      subjectAccessRequests: await rows('subject_access_request', 't.recorded_at, t.id'),
      ageVerifications: await rows('age_verification', 't.recorded_at, t.id'),
      interviewSessions: (
        (await manager.query(
          `SELECT to_jsonb(s) AS row FROM identification.interview_session s
             JOIN identification.initial_identification ii ON ii.id = s.identification_id
            WHERE ii.person_id = $1 ORDER BY s.recorded_at, s.id`,
          [personId],
        )) as Array<{ row: Row }>
      ).map(({ row }) => row),
      auditTrail: await personAuditEntriesForExport(manager, 'identification', personId),
    };
  }

  /**
   * The links naming the person (docs/domain.md, "Linked records"), for the export: as the canonical person or as an
   * alias; the RA's account is withheld, the free-text reason too (a decision about records, not the person's data).
   */
  async linksForExport(manager: EntityManager, personId: string): Promise<Row[]> {
    const found: Array<{ row: Row }> = await manager.query(
      `SELECT jsonb_build_object('alias_id', t.alias_id, 'canonical_id', t.canonical_id, 'linked_at', t.linked_at, 'linked_by_agency_id', t.linked_by_agency_id) AS row
         FROM identification.person_alias t WHERE t.canonical_id = $1 OR t.alias_id = $1 ORDER BY t.linked_at, t.alias_id`,
      [personId],
    );
    return found.map(({ row }) => row);
  }

  /** The records linked to the person as its aliases, oldest link first. */
  async aliasIdsOf(manager: EntityManager, personId: string): Promise<string[]> {
    const rows: Array<{ alias_id: string }> = await manager.query(
      `SELECT alias_id FROM identification.person_alias WHERE canonical_id = $1 ORDER BY linked_at, alias_id`,
      [personId],
    );
    return rows.map((row) => row.alias_id);
  }
}
