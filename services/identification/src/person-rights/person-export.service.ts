import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditWriter, subjectAccessDisclosureEntry } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { Clock, type PeerCallRequest } from '@nrm/service-kit';
import { PersonService } from '../person/person.service';
import { PersonExportPartsClient } from './person-export-parts.client';
import { lockPerson } from './person-lock';
import { PersonRightsRepository } from './person-rights.repository';
import type { PersonDataRendering, PersonExportSource } from './person-rights.model';
import { RENDERING_MEDIA_TYPE, renderSubjectAccessExport } from './rendering/subject-access-rendering';
import { SubjectAccessRequestService } from './subject-access-request.service';

/** 3: made on a recorded subject access request (`identification.subjectAccessRequests`), with a rendering. */
const EXPORT_FORMAT_VERSION = 3;

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
    private readonly rights: PersonRightsRepository,
    private readonly persons: PersonService,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
    private readonly parts: PersonExportPartsClient,
    private readonly requests: SubjectAccessRequestService,
  ) {}

  async export(personId: string, requestReference: string, principal: Principal, request: PeerCallRequest): Promise<AssembledExport> {
    // Committed first: the other services check the export request id against identification while the export runs.
    const started = await this.requests.start(personId, requestReference, principal);
    return this.rights.transaction(async (manager) => {
      // FOR SHARE: an erasure (FOR UPDATE) waits for the whole export, the other services' parts included, so the
      // document never shows half an erasure. The lock is held while the parts are fetched (bounded by PEER_TIMEOUT_MS).
      const person = await lockPerson(this.persons, manager, personId, 'SHARE');
      const generatedAt = this.clock.now();
      // Fulfilled within this transaction (rolled back with it): the document shows the request as fulfilled, and the
      // other services, which see only committed rows, can still claim their parts until it commits.
      await this.requests.fulfil(manager, started, principal);
      const own = await this.ownPart(manager, person.id);
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

  /**
   * Identification's own part: the person's rows, the links naming the person, and — for a canonical person — each
   * alias record's rows in full (docs/domain.md, "Linked records": both records are the same human's data). Each alias
   * row is locked FOR SHARE as the person's is, so an erasure of it waits for the export.
   */
  private async ownPart(manager: EntityManager, personId: string): Promise<Record<string, unknown>> {
    const own = await this.rights.exportRows(manager, personId);
    const aliasRecords: Array<Record<string, unknown>> = [];
    for (const aliasId of await this.rights.aliasIdsOf(manager, personId)) {
      await lockPerson(this.persons, manager, aliasId, 'SHARE');
      aliasRecords.push(await this.rights.exportRows(manager, aliasId));
    }
    return { ...own, linkedRecords: await this.rights.linksForExport(manager, personId), aliasRecords };
  }
}
