import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Relationship } from '@nrm/access-policy';
import { AuditAction, auditActor, AuditWriter } from '@nrm/audit';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { AccessDecision, type AgencyType, assessAge, DataCategory, IdentificationStatus, LegalBasis } from '@nrm/domain';
import { OutboxWriter } from '@nrm/events';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { DirectoryService } from '../directory/directory.service';
import { findIndicator, screen } from '../indicators/indicator-catalog';
import { RelationshipsService } from '../relationships/relationships.service';
import { dateOfBirthProblem } from './date-of-birth.rules';
import type { InterviewInput } from './dto/submit-initial-identification.input';
import type { RecordInitialInterviewInput, ResumeInterviewInput } from './dto/interview-later.input';
import { IdentificationException, IdentificationExceptionCode } from './identification.exception';
import { IdentificationRepository, type InterviewSessionRow } from './identification.repository';
import { IdentificationService } from './identification.service';
import type { InitialIdentificationEntity, InterviewRecord } from './initial-identification.entity';
import { statisticalFacts } from './statistical-facts';

/** Audit purposes of the interviews held after the submission. */
export const INITIAL_INTERVIEW_PURPOSE = 'INITIAL_INTERVIEW';
export const INTERVIEW_CONTINUATION_PURPOSE = 'INTERVIEW_CONTINUATION';

/**
 * Interviews held after the submission (docs/domain.md, "An interview later"): the first interview of a person who
 * declined it at first and agrees now (the recording agency or the RA), and the continuation of one suspended for
 * distress (the recording agency only). Each is one transaction with its session row, its audit entry and, for a first
 * interview, the `identification.interview-recorded` event; the caller's next read sees it.
 */
@Injectable()
export class InterviewService {
  private readonly config: IdentificationConfig;

  constructor(
    private readonly identifications: IdentificationRepository,
    private readonly identification: IdentificationService,
    private readonly directory: DirectoryService,
    private readonly relationships: RelationshipsService,
    private readonly audit: AuditWriter,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
  ) {
    this.config = runtime.config;
  }

  async recordInitial(request: AuthenticatedRequest, principal: Principal, input: RecordInitialInterviewInput): Promise<InitialIdentificationEntity> {
    requireConsent(input.interview);
    requireKnownIndicators(input.indicatorCodes, 'input.indicatorCodes');
    const now = this.clock.now();
    const dateOfBirth = dateOfBirthProblem(input.person, now, this.config.DATE_OF_BIRTH_ESTIMATE_TOLERANCE_YEARS);
    if (dateOfBirth) throw new IdentificationException(IdentificationExceptionCode.IMPLAUSIBLE_DATE_OF_BIRTH, dateOfBirth, ['input.person.dateOfBirth']);
    // Visibility as for a read: the RA sees every identification, a first responder its agency's only; an unknown id
    // and another agency's get the same refusal, audited.
    const visible = await this.identification.findVisible(request, principal, input.identificationId);
    const unit = await this.directory.childProtectionUnitFor(visible.region);
    return this.identifications.transaction(async (manager) => {
      const row = await this.lockIdentification(manager, visible.id);
      if (row.interview.consentToInterview) {
        throw new IdentificationException(
          IdentificationExceptionCode.INTERVIEW_ALREADY_RECORDED,
          'The interview of this identification is already recorded; a suspended one is continued with resumeInterview',
        );
      }
      const person = await this.identifications.lockPersonForInterview(manager, row.personId);
      if (!person) throw new Error('an identification has no person');
      if (person.erasedAt) throw new IdentificationException(IdentificationExceptionCode.PERSON_ERASED, "The person's data was erased on request");
      const age = assessAge(
        { dateOfBirth: input.person.dateOfBirth, estimatedAge: input.person.estimatedAge, ageBasis: input.person.ageBasis, verification: person.verification },
        now,
        { maxEstimate: this.config.AGE_PRESUMPTION_MAX_ESTIMATE },
      );
      const screening = screen(input.indicatorCodes, age.isChild);
      const status = upgradedStatus(row.status, screening.meetsThreshold);
      const interview = interviewRecord(input.interview);
      const updated: InitialIdentificationEntity = {
        ...row,
        interview,
        indicatorCodes: input.indicatorCodes,
        exploitationTypes: input.exploitationTypes,
        meetsThreshold: screening.meetsThreshold,
        missingGroups: screening.missingGroups,
        status,
      };
      await this.identifications.applyInterview(manager, updated);
      await this.identifications.applyLaterInterviewToPerson(manager, row.personId, {
        givenName: input.person.givenName ?? null,
        familyName: input.person.familyName ?? null,
        dateOfBirth: input.person.dateOfBirth ?? null,
        estimatedAge: input.person.estimatedAge ?? null,
        ageBasis: age.ageBasis,
        ageBand: age.ageBand,
        isChild: age.isChild,
        ageVerified: age.ageVerified || person.ageVerified,
        languages: [...new Set([...person.languages, ...(input.person.languages ?? [])])],
        identificationStatus: upgradedStatus(person.identificationStatus, screening.meetsThreshold),
      });
      const session = await this.addSession(manager, principal, row.id, 'INITIAL', interview, now);
      if (age.isChild) await this.relationships.link(manager, row.personId, unit.agencyId, Relationship.CHILD_PROTECTION_MANDATE, row.id);
      const reference = await this.referenceOf(manager, row.personId);
      const statistics = statisticalFacts({
        submittedAt: row.submittedAt,
        sex: person.sex,
        age: { ageBand: age.ageBand, isChild: age.isChild, verification: person.verification },
        citizenship: person.citizenship,
        citizenshipGroup: person.citizenshipGroup,
        nationalCountry: this.config.NATIONAL_COUNTRY,
        interviewed: true,
        exploitationTypes: updated.exploitationTypes,
        agencyType: await this.recordingAgencyType(manager, principal, row.recordingAgencyId),
        region: row.region,
        placeOfExploitation: updated.placeOfExploitation,
        status: updated.status,
        entryRoute: updated.entryRoute,
        venue: updated.venue,
        meansOfControl: updated.meansOfControl,
        recruiterRelation: updated.recruiterRelation,
      });
      await this.outbox.append(
        manager,
        'identification.interview-recorded',
        row.id,
        {
          identificationId: row.id,
          personId: row.personId,
          reference,
          recordingAgencyId: row.recordingAgencyId,
          isChild: age.isChild,
          region: row.region,
          childProtectionUnit: age.isChild ? unit : null,
          statistics,
        },
        principal.correlationId,
      );
      await this.audited(manager, principal, row, session, [DataCategory.IDENTITY, DataCategory.TRAFFICKING_EXPERIENCE], INITIAL_INTERVIEW_PURPOSE);
      return updated;
    });
  }

  async resume(request: AuthenticatedRequest, principal: Principal, input: ResumeInterviewInput): Promise<InitialIdentificationEntity> {
    requireConsent(input.interview);
    if (input.indicatorCodes) requireKnownIndicators(input.indicatorCodes, 'input.indicatorCodes');
    const visible = await this.identification.findVisible(request, principal, input.identificationId);
    // Only the agency that held the interview continues it: the person knows them, and the record is theirs.
    if (visible.recordingAgencyId !== principal.agencyId) {
      throw new IdentificationException(IdentificationExceptionCode.NOT_RECORDING_AGENCY, 'Only the agency that held the interview may continue it');
    }
    const now = this.clock.now();
    return this.identifications.transaction(async (manager) => {
      const row = await this.lockIdentification(manager, visible.id);
      if (!row.interview.consentToInterview || !row.interview.suspendedForDistress) {
        throw new IdentificationException(
          IdentificationExceptionCode.INTERVIEW_NOT_SUSPENDED,
          row.interview.consentToInterview
            ? 'The interview was not suspended: there is nothing to continue'
            : 'The person has not consented to the interview: record it with recordInitialInterview',
        );
      }
      const person = await this.identifications.lockPersonForInterview(manager, row.personId);
      if (!person) throw new Error('an identification has no person');
      if (person.erasedAt) throw new IdentificationException(IdentificationExceptionCode.PERSON_ERASED, "The person's data was erased on request");
      const indicatorCodes = [...new Set([...row.indicatorCodes, ...(input.indicatorCodes ?? [])])];
      const screening = screen(indicatorCodes, person.isChild);
      const interview = interviewRecord(input.interview);
      const updated: InitialIdentificationEntity = {
        ...row,
        // The submission's record keeps how the interview began; the session keeps how it went on.
        interview: { ...row.interview, suspendedForDistress: interview.suspendedForDistress },
        indicatorCodes,
        exploitationTypes: [...new Set([...row.exploitationTypes, ...(input.exploitationTypes ?? [])])],
        meetsThreshold: screening.meetsThreshold,
        missingGroups: screening.missingGroups,
        status: upgradedStatus(row.status, screening.meetsThreshold),
      };
      await this.identifications.applyInterview(manager, updated);
      const personStatus = upgradedStatus(person.identificationStatus, screening.meetsThreshold);
      if (personStatus !== person.identificationStatus) await this.identifications.setPersonStatus(manager, row.personId, personStatus);
      const session = await this.addSession(manager, principal, row.id, 'CONTINUATION', interview, now);
      await this.audited(manager, principal, row, session, [DataCategory.TRAFFICKING_EXPERIENCE], INTERVIEW_CONTINUATION_PURPOSE);
      return updated;
    });
  }

  sessions(identificationId: string): Promise<InterviewSessionRow[]> {
    return this.identifications.interviewSessions(identificationId);
  }

  private async lockIdentification(manager: EntityManager, id: string): Promise<InitialIdentificationEntity> {
    const row = await this.identifications.lockById(manager, id);
    if (!row) throw new IdentificationException(IdentificationExceptionCode.IDENTIFICATION_NOT_FOUND, 'Identification not found');
    return row;
  }

  /**
   * The identifying agency's type, as the submission counted it: the caller's verified token when the caller is of
   * that agency, else the directory (the RA recording the interview for a first responder).
   */
  private async recordingAgencyType(manager: EntityManager, principal: Principal, recordingAgencyId: string): Promise<AgencyType> {
    if (principal.agencyId === recordingAgencyId) return principal.agencyType;
    const type = await this.directory.agencyTypeOf(recordingAgencyId, manager);
    // The directory copies every agency a token can name; a recording agency it lacks is a database edited by hand.
    if (!type) throw new Error('the recording agency is not in the directory');
    return type;
  }

  private async referenceOf(manager: EntityManager, personId: string): Promise<string> {
    const reference = await this.identifications.personReference(manager, personId);
    if (!reference) throw new Error('an identification has no person');
    return reference;
  }

  private async addSession(
    manager: EntityManager,
    principal: Principal,
    identificationId: string,
    kind: InterviewSessionRow['kind'],
    interview: InterviewRecord,
    now: Date,
  ): Promise<InterviewSessionRow> {
    const session: InterviewSessionRow = {
      id: randomUUID(),
      identificationId,
      kind,
      recordedBy: principal.subject,
      recordedByAgencyId: principal.agencyId,
      recordedAt: now,
      interview,
    };
    await this.identifications.insertInterviewSession(manager, session);
    return session;
  }

  /** Last statement of the transaction: the audit chain's lock is held only until the commit. */
  private async audited(
    manager: EntityManager,
    principal: Principal,
    row: InitialIdentificationEntity,
    session: InterviewSessionRow,
    categories: DataCategory[],
    purpose: string,
  ): Promise<void> {
    await this.audit.append(manager, {
      actor: auditActor(principal),
      correlationId: principal.correlationId,
      personId: row.personId,
      categories,
      action: AuditAction.WRITE,
      basis: row.recordingAgencyId === principal.agencyId ? LegalBasis.OWNER : LegalBasis.LEGAL_MANDATE,
      decision: AccessDecision.ALLOWED,
      permissionId: session.id,
      purpose,
    });
  }
}

function requireConsent(interview: InterviewInput): void {
  if (!interview.consentToInterview) {
    throw new IdentificationException(
      IdentificationExceptionCode.INTERVIEW_CONSENT_MISSING,
      'consentToInterview must be true: an interview is recorded only when the person agrees to it',
      ['input.interview.consentToInterview'],
    );
  }
}

function requireKnownIndicators(codes: string[], path: string): void {
  const unknown = codes.map((code, index) => (findIndicator(code) ? undefined : `${path}.${index}`)).filter((field): field is string => field !== undefined);
  if (unknown.length) {
    throw new IdentificationException(IdentificationExceptionCode.UNKNOWN_INDICATOR, 'indicatorCodes must be codes the indicatorCatalog query lists', unknown);
  }
}

function interviewRecord(input: InterviewInput): InterviewRecord {
  return {
    consentToInterview: true,
    language: input.language ?? null,
    interpreterUsed: input.interpreterUsed ?? false,
    privateSetting: input.privateSetting ?? true,
    guardianPresent: input.guardianPresent ?? null,
    suspendedForDistress: input.suspendedForDistress ?? false,
  };
}

/** A screening met later makes an AT_RISK person PRESUMED; nothing here ever lowers a status. */
function upgradedStatus(current: IdentificationStatus, meetsThreshold: boolean): IdentificationStatus {
  return current === IdentificationStatus.AT_RISK && meetsThreshold ? IdentificationStatus.PRESUMED : current;
}
