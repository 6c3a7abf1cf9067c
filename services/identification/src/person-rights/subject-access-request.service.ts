import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AuditAction, auditActor, AuditWriter } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { AccessDecision, LegalBasis } from '@nrm/domain';
import { type PersonExportPartRelease, SERVICE_RUNTIME, type ServiceRuntime, SUBJECT_ACCESS_PURPOSE } from '@nrm/service-kit';
import { type IdentificationConfig, personExportPeers } from '../config';
import type { RecordSubjectAccessRequestInput } from './dto/person-rights.args';
import { PersonRightsException, PersonRightsExceptionCode } from './person-rights.exception';
import { DocumentLanguage, RequesterIdentityCheck, SubjectAccessRequester } from './subject-access.enums';
import { isExportPartToken } from './export-part-token';

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

/** An export under way: the request it fulfils and the single-use id the other services claim their parts with. */
export interface StartedExport {
  request: SubjectAccessRequestRow;
  exportToken: string;
}

const COLUMNS = `id, person_id AS "personId", request_reference AS "requestReference", requester AS "requestedBy",
  identity_check AS "identityCheck", received_at AS "receivedAt", language, recorded_by_agency_id AS "recordedByAgencyId",
  recorded_at AS "recordedAt", fulfilled_at AS "fulfilledAt"`;

/**
 * The person's subject access requests, recorded by the RA before an export is made, and the single-use export
 * request ids that release each other service's part of one export:
 *
 * 1. `record`: who asked, when, how their identity was checked, the reference, the language of their copy.
 * 2. `start` (in its own, committed transaction): an export of a recorded, unfulfilled request gets a fresh export
 *    token, valid for SUBJECT_ACCESS_EXPORT_TTL_SECONDS, bound to the ra_head making it.
 * 3. `releasePart`: each service claims its part with that token, once per service (called back by the service).
 * 4. `fulfil` (in the export's transaction, after every part arrived): the request is fulfilled, which ends the token.
 */
@Injectable()
export class SubjectAccessRequestService {
  private readonly ttlSeconds: number;
  /** A received date further ahead of the server's clock than the clients' tolerated skew is an error, not drift. */
  private readonly clockSkewMs: number;
  private readonly partServices: ReadonlySet<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
  ) {
    const config = runtime.config;
    this.ttlSeconds = config.SUBJECT_ACCESS_EXPORT_TTL_SECONDS;
    this.clockSkewMs = config.OIDC_CLOCK_SKEW_SECONDS * 1000;
    this.partServices = new Set(personExportPeers(config).map((peer) => peer.service));
  }

  async record(input: RecordSubjectAccessRequestInput, principal: Principal): Promise<SubjectAccessRequestRow> {
    if (input.receivedAt.getTime() > Date.now() + this.clockSkewMs) {
      throw invalid('receivedAt must not be in the future', 'input.receivedAt');
    }
    // A representative shows their mandate; a mandate alone says nothing about a person asking for themselves.
    const mandate = input.identityCheck === RequesterIdentityCheck.LEGAL_REPRESENTATIVE_MANDATE_SEEN;
    if (mandate !== (input.requestedBy === SubjectAccessRequester.LEGAL_REPRESENTATIVE)) {
      throw invalid('identityCheck does not fit requestedBy', 'input.identityCheck');
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Read first in any case: it also answers NOT_FOUND for a person who does not exist.
        const spokenLanguage = await this.languageOf(manager, input.personId.toLowerCase());
        const language = input.language ?? spokenLanguage;
        const rows: SubjectAccessRequestRow[] = await manager.query(
          `INSERT INTO identification.subject_access_request
             (id, person_id, request_reference, requester, identity_check, received_at, language, recorded_by, recorded_by_agency_id)
           VALUES ($1, $2, $3, $4, $5, least($6::timestamptz, now()), $7, $8, $9) RETURNING ${COLUMNS}`,
          [randomUUID(), input.personId.toLowerCase(), input.requestReference, input.requestedBy, input.identityCheck, input.receivedAt, language, principal.subject, principal.agencyId],
        );
        const request = rows[0]!;
        await this.audit.append(manager, {
          actor: auditActor(principal),
          correlationId: principal.correlationId,
          personId: request.personId,
          categories: [],
          action: AuditAction.WRITE,
          basis: LegalBasis.LEGAL_MANDATE,
          decision: AccessDecision.ALLOWED,
          permissionId: request.id,
          purpose: SUBJECT_ACCESS_PURPOSE,
        });
        return request;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new PersonRightsException(PersonRightsExceptionCode.REQUEST_REFERENCE_TAKEN, 'Another subject access request carries this reference', [
          'input.requestReference',
        ]);
      }
      throw error;
    }
  }

  /** Starts an export of the person's recorded, unfulfilled request; committed before any part is asked for. */
  start(personId: string, requestReference: string, principal: Principal): Promise<StartedExport> {
    return this.dataSource.transaction(async (manager) => {
      const found: Array<SubjectAccessRequestRow & { fulfilledAt: Date | null }> = await manager.query(
        `SELECT ${COLUMNS} FROM identification.subject_access_request WHERE person_id = $1 AND request_reference = $2 FOR UPDATE`,
        [personId, requestReference],
      );
      const request = found[0];
      if (!request) {
        throw new PersonRightsException(PersonRightsExceptionCode.SUBJECT_ACCESS_REQUEST_NOT_FOUND, 'No subject access request of the person carries this reference', [
          'requestReference',
        ]);
      }
      if (request.fulfilledAt) throw fulfilled();
      const exportToken = randomUUID();
      await manager.query(
        `UPDATE identification.subject_access_request
            SET export_token = $2, export_token_expires_at = now() + make_interval(secs => $3), export_started_by = $4
          WHERE id = $1`,
        [request.id, exportToken, this.ttlSeconds, principal.subject],
      );
      return { request, exportToken };
    });
  }

  /**
   * A service's claim of its part of the export under way with its own part token (exportPartToken): answered once per service, only to the
   * ra_head who started that export, for that person, before the token expires and the request is fulfilled.
   */
  async releasePart(partToken: string, service: string, personId: string, principal: Principal): Promise<PersonExportPartRelease> {
    if (!this.partServices.has(service)) throw notReleased();
    return this.dataSource.transaction(async (manager) => {
      // The exports under way for this person by this ra_head (one, in practice); the token names the service's part.
      const found: Array<{ id: string; reference: string; export_token: string }> = await manager.query(
        `SELECT r.id, p.reference, r.export_token FROM identification.subject_access_request r JOIN identification.person p ON p.id = r.person_id
          WHERE r.person_id = $1 AND r.export_started_by = $2 AND r.fulfilled_at IS NULL AND r.export_token_expires_at > now()`,
        [personId, principal.subject],
      );
      const request = found.find((candidate) => isExportPartToken(partToken, candidate.export_token, service));
      if (!request) throw notReleased();
      const claimed: unknown[] = await manager.query(
        `INSERT INTO identification.subject_access_part_release (export_token, service, request_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING service`,
        [request.export_token, service, request.id],
      );
      if (claimed.length === 0) throw notReleased();
      return { requestId: request.id, personId, reference: request.reference };
    });
  }

  /** Marks the request fulfilled by this export; a concurrent export of the same request loses with CONFLICT. */
  async fulfil(manager: EntityManager, started: StartedExport, principal: Principal): Promise<void> {
    const updated: [unknown[], number] = await manager.query(
      `UPDATE identification.subject_access_request SET fulfilled_at = now(), fulfilled_by = $3, fulfilled_by_agency_id = $4
        WHERE id = $1 AND export_token = $2 AND fulfilled_at IS NULL`,
      [started.request.id, started.exportToken, principal.subject, principal.agencyId],
    );
    if (updated[1] !== 1) throw fulfilled();
  }

  /** Albanian if the person speaks it, else English if they do or speak anything else; Albanian when nothing is known. */
  private async languageOf(manager: EntityManager, personId: string): Promise<DocumentLanguage> {
    const rows: Array<{ languages: string[] }> = await manager.query(
      `SELECT p.languages || coalesce(array_agg(i.interview->>'language') FILTER (WHERE i.interview ? 'language'), '{}') AS languages
         FROM identification.person p LEFT JOIN identification.initial_identification i ON i.person_id = p.id
        WHERE p.id = $1 GROUP BY p.id`,
      [personId],
    );
    const row = rows[0];
    if (!row) throw new PersonRightsException(PersonRightsExceptionCode.PERSON_NOT_FOUND, 'Person not found', ['input.personId']);
    const spoken = row.languages.map((language) => language.toLowerCase());
    if (spoken.includes(DocumentLanguage.SQ)) return DocumentLanguage.SQ;
    return spoken.length > 0 ? DocumentLanguage.EN : DocumentLanguage.SQ;
  }
}

function invalid(message: string, field: string): PersonRightsException {
  return new PersonRightsException(PersonRightsExceptionCode.INVALID_SUBJECT_ACCESS_REQUEST, message, [field]);
}

function fulfilled(): PersonRightsException {
  return new PersonRightsException(PersonRightsExceptionCode.SUBJECT_ACCESS_REQUEST_FULFILLED, 'The subject access request has been fulfilled already', [
    'requestReference',
  ]);
}

function notReleased(): PersonRightsException {
  return new PersonRightsException(PersonRightsExceptionCode.EXPORT_PART_NOT_RELEASED, 'No export under way releases this part');
}
