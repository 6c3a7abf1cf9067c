import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditWriter, personAuditEntriesForExport, subjectAccessDisclosureEntry } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { type PeerCallRequest } from '@nrm/service-kit';
import { PersonExportPartsClient } from './person-export-parts.client';
import { lockPerson } from './person-rights.sql';
import type { PersonDataRendering, PersonExportSource } from './person-rights.model';
import { RENDERING_MEDIA_TYPE, renderSubjectAccessExport } from './rendering/subject-access-rendering';
import { SubjectAccessRequestService } from './subject-access-request.service';

/** 3: made on a recorded subject access request (`identification.subjectAccessRequests`), with a rendering. */
export const EXPORT_FORMAT_VERSION = 3;

/**
 * Columns left out of the document: the individual staff members' account ids and usernames (the agency and role
 * stay), which a person handing the document on, or made to hand it over, must not expose; and technical hashes.
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

export interface AssembledExport {
  personId: string;
  reference: string;
  requestReference: string;
  generatedAt: Date;
  sources: PersonExportSource[];
  document: Record<string, unknown>;
  rendering: PersonDataRendering;
  auditEntryId: string;
}

type Row = Record<string, unknown>;

/**
 * The subject access export: everything the platform holds about the person, as one JSON document — identification's
 * own data and each other service's part (PersonExportPartsClient), every source `included: true` — and the same
 * content rendered for the person to read, in their language. Made by the ra_head on the person's recorded request
 * (SubjectAccessRequestService), which it fulfils: a reference exports once. The other services answer their parts only
 * to this export's single-use export request id. Audited as a SUBJECT_ACCESS_DISCLOSURE naming the request, in
 * identification's chain in the same transaction (appended last, it commits only with the answer); each other
 * service that keeps a chain (shelters) records its part in its own. Nothing is stored of the document or its
 * rendering: both are returned once.
 */
@Injectable()
export class PersonExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly parts: PersonExportPartsClient,
    private readonly requests: SubjectAccessRequestService,
  ) {}

  async export(personId: string, requestReference: string, principal: Principal, request: PeerCallRequest): Promise<AssembledExport> {
    // Committed first: the other services check the export request id against identification while the export runs.
    const started = await this.requests.start(personId, requestReference, principal);
    return this.dataSource.transaction(async (manager) => {
      // FOR SHARE: an erasure (FOR UPDATE) waits for the whole export, the other services' parts included, so the
      // document never shows half an erasure. The lock is held while the parts are fetched (bounded by PEER_TIMEOUT_MS).
      const person = await lockPerson(manager, personId, 'SHARE');
      const generatedAt = new Date();
      // Fulfilled within this transaction (rolled back with it): the document shows the request as fulfilled, and the
      // other services, which see only committed rows, can still claim their parts until it commits.
      await this.requests.fulfil(manager, started, principal);
      const own = await this.identificationPart(manager, person.id);
      // A part that does not arrive fails the export (and rolls back its audit entry): never a silently partial document.
      const others = await this.parts.parts(request, person, started.exportToken);
      const sources: PersonExportSource[] = [
        { service: 'identification', included: true, note: null },
        ...others.map((part) => ({ service: part.service, included: true, note: null })),
      ];
      const document: Record<string, unknown> = {
        formatVersion: EXPORT_FORMAT_VERSION,
        personId: person.id,
        reference: person.reference,
        requestReference: started.request.requestReference,
        generatedAt: generatedAt.toISOString(),
        sources,
        identification: own,
        ...Object.fromEntries(others.map((part) => [part.service, part.data])),
      };
      const { language } = started.request;
      const content = renderSubjectAccessExport(
        language,
        { requestReference: started.request.requestReference, personReference: person.reference, generatedAt },
        [{ service: 'identification', data: own }, ...others.map((part) => ({ service: part.service, data: part.data }))],
      );
      const [entry] = await this.audit.append(manager, subjectAccessDisclosureEntry(principal, person.id, started.request.id));
      if (!entry) throw new Error('export audit entry was not written');
      return {
        personId: person.id,
        reference: person.reference,
        requestReference: started.request.requestReference,
        generatedAt,
        sources,
        document,
        rendering: { language, mediaType: RENDERING_MEDIA_TYPE, content },
        auditEntryId: entry.id,
      };
    });
  }

  private async identificationPart(manager: EntityManager, personId: string): Promise<Record<string, unknown>> {
    // PostgreSQL renders each row as JSON itself: dates stay dates (no time-zone shift), every column is included.
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
      auditTrail: await personAuditEntriesForExport(manager, 'identification', personId),
    };
  }
}
