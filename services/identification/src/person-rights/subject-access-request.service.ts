import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditAction, auditActor, AuditWriter } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { isUniqueViolation } from '@nrm/database';
import { AccessDecision, LegalBasis } from '@nrm/domain';
import { Clock, type PersonExportPartRelease, SERVICE_RUNTIME, type ServiceRuntime, SUBJECT_ACCESS_PURPOSE } from '@nrm/service-kit';
import { type IdentificationConfig, personExportPeers } from '../config';
import { IdentificationService } from '../identification/identification.service';
import { PersonService } from '../person/person.service';
import type { RecordSubjectAccessRequestInput } from './dto/person-rights.args';
import { PersonRightsException, PersonRightsExceptionCode } from './person-rights.exception';
import { PersonRightsRepository, type SubjectAccessRequestRow } from './person-rights.repository';
import { DocumentLanguage, RequesterIdentityCheck, SubjectAccessRequester } from './subject-access.enums';
import { isExportPartToken } from './export-part-token';

/** An export under way: the request it fulfils and the single-use id the other services claim their parts with. */
interface StartedExport {
  request: SubjectAccessRequestRow;
  exportToken: string;
}

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
    private readonly rights: PersonRightsRepository,
    private readonly persons: PersonService,
    private readonly identifications: IdentificationService,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
  ) {
    const config = runtime.config;
    this.ttlSeconds = config.SUBJECT_ACCESS_EXPORT_TTL_SECONDS;
    this.clockSkewMs = config.OIDC_CLOCK_SKEW_SECONDS * 1000;
    this.partServices = new Set(personExportPeers(config).map((peer) => peer.service));
  }

  async record(input: RecordSubjectAccessRequestInput, principal: Principal): Promise<SubjectAccessRequestRow> {
    if (input.receivedAt.getTime() > this.clock.now().getTime() + this.clockSkewMs) {
      throw invalid('receivedAt must not be in the future', 'input.receivedAt');
    }
    // A representative shows their mandate; a mandate alone says nothing about a person asking for themselves.
    const mandate = input.identityCheck === RequesterIdentityCheck.LEGAL_REPRESENTATIVE_MANDATE_SEEN;
    if (mandate !== (input.requestedBy === SubjectAccessRequester.LEGAL_REPRESENTATIVE)) {
      throw invalid('identityCheck does not fit requestedBy', 'input.identityCheck');
    }
    try {
      return await this.rights.transaction(async (manager) => {
        // Read first in any case: it also answers NOT_FOUND for a person who does not exist.
        const spokenLanguage = await this.languageOf(manager, input.personId.toLowerCase());
        const language = input.language ?? spokenLanguage;
        const request = await this.rights.insertSubjectAccessRequest(
          manager,
          {
            id: randomUUID(),
            personId: input.personId.toLowerCase(),
            requestReference: input.requestReference,
            requestedBy: input.requestedBy,
            identityCheck: input.identityCheck,
            receivedAt: input.receivedAt,
            language,
          },
          principal,
        );
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
      if (isUniqueViolation(error)) {
        throw new PersonRightsException(PersonRightsExceptionCode.REQUEST_REFERENCE_TAKEN, 'Another subject access request carries this reference', [
          'input.requestReference',
        ]);
      }
      throw error;
    }
  }

  /** Starts an export of the person's recorded, unfulfilled request; committed before any part is asked for. */
  start(personId: string, requestReference: string, principal: Principal): Promise<StartedExport> {
    return this.rights.transaction(async (manager) => {
      const request = await this.rights.lockSubjectAccessRequest(manager, personId, requestReference);
      if (!request) {
        throw new PersonRightsException(PersonRightsExceptionCode.SUBJECT_ACCESS_REQUEST_NOT_FOUND, 'No subject access request of the person carries this reference', [
          'requestReference',
        ]);
      }
      if (request.fulfilledAt) throw fulfilled();
      const exportToken = randomUUID();
      await this.rights.startExport(manager, request.id, exportToken, this.ttlSeconds, principal);
      return { request, exportToken };
    });
  }

  /**
   * A service's claim of its part of the export under way with its own part token (exportPartToken): answered once per service, only to the
   * ra_head who started that export, for that person, before the token expires and the request is fulfilled.
   */
  async releasePart(partToken: string, service: string, personId: string, principal: Principal): Promise<PersonExportPartRelease> {
    if (!this.partServices.has(service)) throw notReleased();
    return this.rights.transaction(async (manager) => {
      // The exports under way for this person by this ra_head (one, in practice); the token names the service's part.
      const found = await this.rights.exportsUnderWay(manager, personId, principal);
      const request = found.find((candidate) => isExportPartToken(partToken, candidate.export_token, service));
      if (!request) throw notReleased();
      if (!(await this.rights.claimPart(manager, request.export_token, service, request.id))) throw notReleased();
      // The request's person exists (a foreign key): its reference heads the part.
      const person = await this.persons.find(personId, manager);
      if (!person) throw notReleased();
      return { requestId: request.id, personId, reference: person.reference };
    });
  }

  /** Marks the request fulfilled by this export; a concurrent export of the same request loses with CONFLICT. */
  async fulfil(manager: EntityManager, started: StartedExport, principal: Principal): Promise<void> {
    if (!(await this.rights.fulfil(manager, started.request.id, started.exportToken, principal))) throw fulfilled();
  }

  /** Albanian if the person speaks it, else English if they do or speak anything else; Albanian when nothing is known. */
  private async languageOf(manager: EntityManager, personId: string): Promise<DocumentLanguage> {
    const languages = await this.persons.languages(manager, personId);
    if (!languages) throw new PersonRightsException(PersonRightsExceptionCode.PERSON_NOT_FOUND, 'Person not found', ['input.personId']);
    const spoken = [...languages, ...(await this.identifications.interviewLanguages(manager, personId))].map((language) => language.toLowerCase());
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
