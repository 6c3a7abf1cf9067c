import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { accessAuditEntry, AuditAction, AuditRecorder, DenialAuditor } from '@nrm/audit';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { assessAge, CitizenshipGroup, DataCategory, EntryRoute, IdentificationStatus, ImmediateNeed, LegalBasis, RiskLevel } from '@nrm/domain';
import { ApiErrorCode, type Connection } from '@nrm/graphql';
import type { EventPayloads } from '@nrm/events';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { PersonAccessService } from '../access/person-access.service';
import { DirectoryService } from '../directory/directory.service';
import { DuplicatesService } from '../duplicates/duplicates.service';
import { findIndicator, screen } from '../indicators/indicator-catalog';
import type { IdentityDocumentRecord, PersonEntity } from '../person/person.entity';
import { seesEveryPerson } from '../person/unknown-person';
import type { InitialIdentificationFilter, InitialIdentificationsArgs } from './dto/initial-identification.filter';
import type { SubmitInitialIdentificationInput } from './dto/submit-initial-identification.input';
import { dateOfBirthProblem } from './date-of-birth.rules';
import { IdentificationException, IdentificationExceptionCode } from './identification.exception';
import { IdentificationRepository, type NewSubmission } from './identification.repository';
import { statisticalFacts } from './statistical-facts';
import type { InitialIdentificationEntity, InterviewRecord } from './initial-identification.entity';
import type { InitialIdentificationInterview, InterviewSessionKind } from './initial-identification.model';

/** A fresh submission carries its person, so answering `person { … }` costs no second read. */
export type SubmittedIdentification = InitialIdentificationEntity & { person?: PersonEntity };

const UNKNOWN_REGION_MESSAGE = 'region must be one of the codes the regions query lists';

@Injectable()
export class IdentificationService {
  private readonly config: IdentificationConfig;

  constructor(
    private readonly identifications: IdentificationRepository,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
    private readonly directory: DirectoryService,
    private readonly audit: AuditRecorder,
    private readonly denials: DenialAuditor,
    private readonly access: PersonAccessService,
    private readonly duplicates: DuplicatesService,
    private readonly clock: Clock,
  ) {
    this.config = runtime.config;
  }

  /**
   * Records an initial identification, makes the person a presumed victim when the indicators meet the threshold,
   * and (through the outbox, in the same transaction) notifies the Responsible Authority and, for a child, the child
   * protection unit of the region. Idempotent on (agency, clientRequestId): a replay of the same submission answers
   * with the record already there; the same id with a different submission is CONFLICT (docs/api.md, Conventions).
   */
  async submit(input: SubmitInitialIdentificationInput, principal: Principal): Promise<SubmittedIdentification> {
    this.validate(input);
    const inputHash = hashInput(input);
    // Optimistic: no read before the write. A replay, or a concurrent duplicate that lost the race, writes nothing
    // and draws no reference; it is answered from the record already there.
    const recorded = await this.record(input, inputHash, principal);
    if (recorded) return recorded;
    const existing = await this.identifications.findByClientRequest(principal.agencyId, input.clientRequestId);
    if (!existing) throw new Error('a claimed clientRequestId has no identification');
    if (existing.inputHash !== inputHash) {
      throw new IdentificationException(
        IdentificationExceptionCode.CLIENT_REQUEST_REUSED,
        'This clientRequestId was already used for a different submission; send a new submission with a new clientRequestId',
        ['input.clientRequestId'],
      );
    }
    return existing;
  }

  /** Whether the agency already submitted an identification under this clientRequestId (a draft may not reuse it). */
  async clientRequestUsed(agencyId: string, clientRequestId: string): Promise<boolean> {
    return (await this.identifications.findByClientRequest(agencyId, clientRequestId)) !== null;
  }

  /** Null when the agency already used the clientRequestId: nothing was written. */
  private async record(input: SubmitInitialIdentificationInput, inputHash: string, principal: Principal): Promise<SubmittedIdentification | null> {
    const now = this.clock.now();
    const consented = input.interview.consentToInterview;
    const age = assessAge(
      { dateOfBirth: input.person.dateOfBirth, estimatedAge: input.person.estimatedAge, ageBasis: input.person.ageBasis },
      now,
      { maxEstimate: this.config.AGE_PRESUMPTION_MAX_ESTIMATE },
    );
    const screening = screen(input.indicatorCodes, age.isChild);
    const status = screening.meetsThreshold ? IdentificationStatus.PRESUMED : IdentificationStatus.AT_RISK;
    const person: NewSubmission['person'] = {
      id: randomUUID(),
      recordingAgencyId: principal.agencyId,
      identificationStatus: status,
      anonymous: !consented,
      sex: input.person.sex,
      ageBand: age.ageBand,
      isChild: age.isChild,
      ageVerified: age.ageVerified,
      // How the age that decided the pathway was known; kept without consent too, like isChild (no age is stored then).
      ageBasis: age.ageBasis,
      citizenshipGroup: this.citizenshipGroup(input.person.citizenship),
      languages: input.person.languages ?? [],
      needs: input.immediateNeeds,
      riskLevel: input.immediateNeeds.includes(ImmediateNeed.SECURITY) ? RiskLevel.HIGH : RiskLevel.UNKNOWN,
      // Without consent to the interview only an anonymous notification is kept: no identity is stored.
      givenName: consented ? (input.person.givenName ?? null) : null,
      familyName: consented ? (input.person.familyName ?? null) : null,
      dateOfBirth: consented ? (input.person.dateOfBirth ?? null) : null,
      estimatedAge: consented ? (input.person.estimatedAge ?? null) : null,
      citizenship: input.person.citizenship,
      documents: consented ? identityDocuments(input) : [],
    };
    const identification: InitialIdentificationEntity = {
      id: randomUUID(),
      personId: person.id,
      clientRequestId: input.clientRequestId,
      inputHash,
      recordingAgencyId: principal.agencyId,
      submittedBy: principal.subject,
      venue: input.venue,
      region: input.region,
      indicatorCodes: consented ? input.indicatorCodes : [],
      exploitationTypes: consented ? input.exploitationTypes : [],
      immediateNeeds: input.immediateNeeds,
      interview: {
        consentToInterview: consented,
        language: input.interview.language ?? null,
        interpreterUsed: input.interview.interpreterUsed ?? false,
        privateSetting: input.interview.privateSetting ?? true,
        guardianPresent: input.interview.guardianPresent ?? null,
        suspendedForDistress: input.interview.suspendedForDistress ?? false,
      },
      meetsThreshold: screening.meetsThreshold,
      missingGroups: screening.missingGroups,
      status,
      submittedAt: now,
      // Without consent the person's account is not kept (as the indicators): the way in is workflow, kept always.
      meansOfControl: consented ? (input.meansOfControl ?? []) : [],
      recruiterRelation: consented ? (input.recruiterRelation ?? null) : null,
      entryRoute: input.entryRoute ?? EntryRoute.FIRST_RESPONDER,
      placeOfExploitation: consented ? (input.placeOfExploitation ?? null) : null,
    };
    // Every child gets a unit: the region's own, or the national one standing in (and the RA is told).
    const childProtectionUnit = age.isChild ? await this.directory.childProtectionUnitFor(input.region) : null;
    const submitted = {
      identificationId: identification.id,
      personId: person.id,
      recordingAgencyId: principal.agencyId,
      isChild: age.isChild,
      region: input.region,
      anonymous: !consented,
      routing: routingOf(person),
      childProtectionUnit,
      statistics: statisticalFacts({
        submittedAt: now,
        sex: person.sex,
        age: { ageBand: age.ageBand, isChild: age.isChild, verification: null },
        citizenship: input.person.citizenship,
        citizenshipGroup: person.citizenshipGroup,
        nationalCountry: this.config.NATIONAL_COUNTRY,
        interviewed: consented,
        exploitationTypes: identification.exploitationTypes,
        // The recording agency is the caller's, whose type the verified token names (as the access policy reads it).
        agencyType: principal.agencyType,
        region: identification.region,
        placeOfExploitation: identification.placeOfExploitation,
        status,
        entryRoute: identification.entryRoute,
        venue: identification.venue,
        meansOfControl: identification.meansOfControl,
        recruiterRelation: identification.recruiterRelation,
      }),
    };
    const reference = await this.identifications.insertSubmission({
      person,
      identification,
      childProtectionUnit: childProtectionUnit?.agencyId,
      event: submitted,
      correlationId: principal.correlationId,
      // Only hashes, and the same work whatever else is on record: the search itself runs apart (DuplicatesService).
      matchTokens: consented ? this.duplicates.tokensFor(input.person) : [],
    });
    if (reference === null) return null;
    return Object.assign(identification, { person: { ...person, reference, riskAssessmentId: null, riskAssessedAt: null, createdAt: now, updatedAt: now } });
  }

  private validate(input: SubmitInitialIdentificationInput): void {
    const unknown = input.indicatorCodes
      .map((code, index) => (findIndicator(code) ? undefined : `input.indicatorCodes.${index}`))
      .filter((path): path is string => path !== undefined);
    if (unknown.length) {
      throw new IdentificationException(IdentificationExceptionCode.UNKNOWN_INDICATOR, 'indicatorCodes must be codes the indicatorCatalog query lists', unknown);
    }
    if (!this.config.REGIONS.has(input.region)) {
      throw new IdentificationException(IdentificationExceptionCode.UNKNOWN_REGION, UNKNOWN_REGION_MESSAGE, ['input.region']);
    }
    const dateOfBirth = dateOfBirthProblem(input.person, this.clock.now(), this.config.DATE_OF_BIRTH_ESTIMATE_TOLERANCE_YEARS);
    if (dateOfBirth) {
      throw new IdentificationException(IdentificationExceptionCode.IMPLAUSIBLE_DATE_OF_BIRTH, dateOfBirth, ['input.person.dateOfBirth']);
    }
  }

  private citizenshipGroup(citizenship: string[]): CitizenshipGroup {
    if (citizenship.length === 0) return CitizenshipGroup.UNKNOWN;
    return citizenship.includes(this.config.NATIONAL_COUNTRY) ? CitizenshipGroup.NATIONAL : CitizenshipGroup.FOREIGN;
  }

  /**
   * One identification the caller sees, its read audited. The RA sees every identification, so NOT_FOUND tells it
   * nothing; anyone else gets one answer for an unknown id and another agency's identification, or the answer would
   * reveal that a person was identified. That refusal is audited: about the identification's person when the id names
   * one, about no person (and rate-limited) when it names none (DenialAuditor).
   */
  async findVisible(request: AuthenticatedRequest, principal: Principal, id: string): Promise<InitialIdentificationEntity> {
    const row = await this.identifications.findVisible(principal, id);
    if (row) {
      await this.auditWorkflowRead(request, principal, [row]);
      return row;
    }
    if (seesEveryPerson(principal)) {
      throw new IdentificationException(IdentificationExceptionCode.IDENTIFICATION_NOT_FOUND, 'Identification not found');
    }
    // An id that names no identification names no person either: DenialAuditor then writes the entry without one.
    const personId = (await this.identifications.personIdOf(id)) ?? id;
    await this.denials.record(request, principal, { personId, action: AuditAction.READ, categories: [DataCategory.SUMMARY], reason: ApiErrorCode.FORBIDDEN });
    throw new IdentificationException(IdentificationExceptionCode.NOT_VISIBLE, 'Not allowed to see this identification');
  }

  /** A page of the identifications the caller sees, newest first, each read audited. */
  async pageVisible(requestKey: object, principal: Principal, args: InitialIdentificationsArgs): Promise<Connection<InitialIdentificationEntity>> {
    // The filter takes region codes as the submission does: an unknown one is an error, not an empty page.
    if (args.filter?.region && !this.config.REGIONS.has(args.filter.region)) {
      throw new IdentificationException(IdentificationExceptionCode.UNKNOWN_REGION, UNKNOWN_REGION_MESSAGE, ['filter.region']);
    }
    await this.validateListFilter(args.filter);
    const page = await this.identifications.pageVisible(principal, args);
    await this.auditWorkflowRead(requestKey, principal, page.edges.map((edge) => edge.node));
    return page;
  }

  /** The worklist filters beyond the region: a range that ends before it starts, or an agency the directory does not know. */
  private async validateListFilter(filter: InitialIdentificationFilter | undefined): Promise<void> {
    if (filter?.submittedFrom && filter.submittedTo && filter.submittedTo <= filter.submittedFrom) {
      throw new IdentificationException(IdentificationExceptionCode.INVALID_FILTER, 'filter.submittedTo must be after filter.submittedFrom', ['filter.submittedTo']);
    }
    if (filter?.agencyId && !(await this.directory.findAgency(filter.agencyId))) {
      throw new IdentificationException(IdentificationExceptionCode.INVALID_FILTER, 'filter.agencyId must be an agency id the agencies query lists', ['filter.agencyId']);
    }
  }

  /**
   * How the interview was held, through the one access policy as TRAFFICKING_EXPERIENCE: the interview is where the
   * person's account was taken, and whether a guardian was present or an interpreter needed says more about the person
   * than the non-identifying summary may (docs/api.md, "The interview of an initial identification"). Refused (and
   * the refusal audited) like any closed category; a read outside the recording agency is audited.
   */
  async interview(
    request: AuthenticatedRequest,
    principal: Principal,
    identification: InitialIdentificationEntity,
    person: PersonEntity,
  ): Promise<InitialIdentificationInterview> {
    await this.access.require(request, principal, person, DataCategory.TRAFFICKING_EXPERIENCE);
    // An erased record keeps only the consent (eraseFacts below): the rest reads as unknown.
    const interview: Partial<InterviewRecord> & Pick<InterviewRecord, 'consentToInterview'> = identification.interview;
    return {
      consentToInterview: interview.consentToInterview,
      language: interview.language ?? null,
      interpreterUsed: interview.interpreterUsed ?? null,
      privateSetting: interview.privateSetting ?? null,
      guardianPresent: interview.guardianPresent ?? null,
      suspendedForDistress: interview.suspendedForDistress ?? null,
      sessions: (await this.identifications.interviewSessions(identification.id)).map((session) => ({
        kind: session.kind as InterviewSessionKind,
        recordedAt: session.recordedAt,
        recordedByAgencyId: session.recordedByAgencyId,
        language: session.interview.language ?? null,
        interpreterUsed: session.interview.interpreterUsed ?? null,
        privateSetting: session.interview.privateSetting ?? null,
        guardianPresent: session.interview.guardianPresent ?? null,
        suspendedForDistress: session.interview.suspendedForDistress ?? null,
      })),
    };
  }

  /** The person's latest identification: contact location and trafficking experience are read from it. */
  latestFor(personId: string): Promise<InitialIdentificationEntity | null> {
    return this.identifications.latestForPerson(personId);
  }

  /** The interview languages recorded for the person, in the caller's transaction. */
  interviewLanguages(manager: EntityManager, personId: string): Promise<string[]> {
    return this.identifications.interviewLanguages(manager, personId);
  }

  /**
   * Erasure's part of the identifications, in the erasure's transaction: indicator codes, screening gaps, immediate
   * needs, the interview record and the input hash (a hash of names and dates can be brute-forced) go; venue, region,
   * exploitation types, screening outcome, status, recording agency and times stay.
   */
  eraseFacts(manager: EntityManager, personId: string): Promise<void> {
    return this.identifications.eraseFacts(manager, personId);
  }

  /**
   * An identification's workflow fields (region, venue, needs, status) are SUMMARY facts of the person: the RA and the
   * child protection unit read them by mandate, so each such read is audited like any category read.
   */
  private async auditWorkflowRead(requestKey: object, principal: Principal, rows: InitialIdentificationEntity[]): Promise<void> {
    for (const row of rows) {
      if (row.recordingAgencyId === principal.agencyId) continue;
      const entry = accessAuditEntry(principal, row.personId, DataCategory.SUMMARY, { decision: 'ALLOWED', basis: LegalBasis.LEGAL_MANDATE });
      if (entry) await this.audit.record(requestKey, entry);
    }
  }
}

/** The identity documents as stored: every field present, null where not given (docs/api.md, "Identity documents"). */
function identityDocuments(input: SubmitInitialIdentificationInput): IdentityDocumentRecord[] {
  return (input.person.documents ?? []).map((document) => ({
    type: document.type,
    number: document.number,
    issuingCountry: document.issuingCountry ?? null,
    expiresOn: document.expiresOn ?? null,
  }));
}

/**
 * What makes two submissions "the same": a SHA-256 of the input in canonical form: object keys sorted, absent and
 * null fields alike, lists of codes as sets (sorted). Key order, explicit nulls and list order a client happens to send
 * make no difference; any other change of any field does (docs/api.md, Conventions).
 */
function hashInput(input: SubmitInitialIdentificationInput): string {
  return createHash('sha256').update(JSON.stringify(canonical(input))).digest('hex');
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.every((item) => typeof item === 'string') ? [...(items as string[])].sort() : items;
  }
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== null && field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => [key, canonical(field)]);
    return Object.fromEntries(entries);
  }
  return value;
}

/** The routing facts a provider must serve (from the non-identifying SUMMARY). */
export function routingOf(person: Pick<PersonEntity, 'sex' | 'citizenshipGroup' | 'needs'>): EventPayloads['identification.submitted']['routing'] {
  return {
    sex: person.sex,
    // An unknown citizenship routes as foreign: a provider that takes foreigners can take the person either way.
    foreign: person.citizenshipGroup !== CitizenshipGroup.NATIONAL,
    accompanyingChildren: person.needs.includes(ImmediateNeed.ACCOMPANYING_CHILDREN),
  };
}
