import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Relationship } from '@nrm/access-policy';
import { AuditAction, auditActor, AuditWriter } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { AccessDecision, AGE_OF_MAJORITY, AgeBasis, AgeVerificationOutcome, assessAge, DataCategory, LegalBasis } from '@nrm/domain';
import { OutboxWriter } from '@nrm/events';
import { isUniqueViolation } from '@nrm/database';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import { differenceInYears } from 'date-fns/differenceInYears';
import { parseISO } from 'date-fns/parseISO';
import type { IdentificationConfig } from '../config';
import { DirectoryService } from '../directory/directory.service';
import { dateOfBirthProblem } from '../identification/date-of-birth.rules';
import { IdentificationService } from '../identification/identification.service';
import { RelationshipsService } from '../relationships/relationships.service';
import type { RecordAgeVerificationInput } from './dto/record-age-verification.input';
import { AgeVerificationException, AgeVerificationExceptionCode } from './age-verification.exception';
import { AgeVerificationRepository, type AgeVerificationRow, CLIENT_REQUEST_CONSTRAINT, type ClientRequestKey } from './age-verification.repository';

/** The audit purpose of a recorded age verification. */
export const AGE_VERIFICATION_PURPOSE = 'AGE_VERIFICATION';

/**
 * The Responsible Authority's verification of an age (docs/domain.md, "Age and the presumption of childhood"): it
 * ends the presumption of childhood either way, audited, and tells the child protection unit of the person's area.
 */
@Injectable()
export class AgeVerificationService {
  private readonly config: IdentificationConfig;

  constructor(
    private readonly verifications: AgeVerificationRepository,
    private readonly identifications: IdentificationService,
    private readonly directory: DirectoryService,
    private readonly relationships: RelationshipsService,
    private readonly audit: AuditWriter,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
  ) {
    this.config = runtime.config;
  }

  /**
   * Records the verification, sets the pathway (is_child) it decides, audits it and appends `identification.age-verified`
   * in ONE transaction, so the RA's next read of the person shows the new pathway and the unit is told exactly once.
   * Idempotent on (agency, clientRequestId) when the client sends one (docs/api.md, Conventions): a retry of the same
   * verification answers the one recorded, writing, auditing and announcing nothing again; the same id with another
   * input is CONFLICT.
   */
  async record(input: RecordAgeVerificationInput, principal: Principal): Promise<AgeVerificationRow> {
    const now = this.clock.now();
    this.validate(input, now);
    const key: ClientRequestKey | null = input.clientRequestId ? { clientRequestId: input.clientRequestId, inputHash: hashInput(input) } : null;
    if (key) {
      const replayed = await this.replayed(principal, key);
      if (replayed) return replayed;
    }
    try {
      return await this.recordNew(input, principal, now, key);
    } catch (error) {
      // A concurrent retry under the same key committed first: answer (or refuse) as a replay.
      if (!key || !isUniqueViolation(error, CLIENT_REQUEST_CONSTRAINT)) throw error;
      const replayed = await this.replayed(principal, key);
      if (!replayed) throw error;
      return replayed;
    }
  }

  /** The verification already recorded under the key, CONFLICT when it came with another input; null when none. */
  private async replayed(principal: Principal, key: ClientRequestKey): Promise<AgeVerificationRow | null> {
    const existing = await this.verifications.findByClientRequest(principal.agencyId, key.clientRequestId);
    if (!existing) return null;
    if (existing.inputHash !== key.inputHash) {
      throw new AgeVerificationException(
        AgeVerificationExceptionCode.CLIENT_REQUEST_REUSED,
        'This clientRequestId was already used for a different age verification; send a new verification with a new clientRequestId',
        ['input.clientRequestId'],
      );
    }
    return existing.row;
  }

  private async recordNew(input: RecordAgeVerificationInput, principal: Principal, now: Date, key: ClientRequestKey | null): Promise<AgeVerificationRow> {
    const latest = await this.identifications.latestFor(input.personId);
    const region = latest?.region;
    const unit = region ? await this.directory.childProtectionUnitFor(region) : null;
    return this.verifications.transaction(async (manager) => {
      const person = await this.verifications.lockPersonAge(manager, input.personId);
      if (!person || !region || !unit) throw new AgeVerificationException(AgeVerificationExceptionCode.PERSON_NOT_FOUND, 'Person not found', ['input.personId']);
      if (person.erasedAt) throw new AgeVerificationException(AgeVerificationExceptionCode.PERSON_ERASED, "The person's data was erased on request");
      if (input.dateOfBirth && person.anonymous) {
        throw new AgeVerificationException(
          AgeVerificationExceptionCode.NO_IDENTITY_WITHOUT_INTERVIEW,
          'No date of birth is kept for a person recorded without consent to the interview: record the interview first, or leave dateOfBirth out',
          ['input.dateOfBirth'],
        );
      }
      const dateOfBirth = input.dateOfBirth ?? person.dateOfBirth;
      const age = assessAge(
        { dateOfBirth, estimatedAge: person.estimatedAge, ageBasis: input.dateOfBirth ? AgeBasis.DOCUMENTED : (person.ageBasis as AgeBasis), verification: input.outcome },
        now,
        { maxEstimate: this.config.AGE_PRESUMPTION_MAX_ESTIMATE },
      );
      const verification: AgeVerificationRow = {
        id: randomUUID(),
        personId: person.id,
        outcome: input.outcome,
        method: input.method,
        verifiedAt: input.verifiedAt,
        recordedBy: principal.subject,
        recordedByAgencyId: principal.agencyId,
        recordedAt: now,
      };
      await this.verifications.insert(manager, verification, key);
      await this.verifications.applyToPerson(manager, person.id, { isChild: age.isChild, ageBand: age.ageBand, dateOfBirth: input.dateOfBirth ?? null });
      if (age.isChild) {
        // A verified child the unit had no mandate for yet (an adult by their papers): the unit takes part from now on.
        await this.relationships.link(manager, person.id, unit.agencyId, Relationship.CHILD_PROTECTION_MANDATE, verification.id);
      }
      await this.outbox.append(
        manager,
        'identification.age-verified',
        person.id,
        { verificationId: verification.id, personId: person.id, reference: person.reference, outcome: input.outcome, isChild: age.isChild, region, childProtectionUnit: unit },
        principal.correlationId,
      );
      // Last statement: the audit chain's lock is held only until the commit.
      await this.audit.append(manager, {
        actor: auditActor(principal),
        correlationId: principal.correlationId,
        personId: person.id,
        categories: [DataCategory.SUMMARY, ...(input.dateOfBirth ? [DataCategory.IDENTITY] : [])],
        action: AuditAction.WRITE,
        basis: LegalBasis.LEGAL_MANDATE,
        decision: AccessDecision.ALLOWED,
        permissionId: verification.id,
        purpose: AGE_VERIFICATION_PURPOSE,
      });
      return verification;
    });
  }

  forPerson(personId: string): Promise<AgeVerificationRow[]> {
    return this.verifications.forPerson(personId);
  }

  private validate(input: RecordAgeVerificationInput, now: Date): void {
    if (input.verifiedAt.getTime() > now.getTime()) {
      throw new AgeVerificationException(AgeVerificationExceptionCode.VERIFIED_IN_FUTURE, 'verifiedAt must not be in the future', ['input.verifiedAt']);
    }
    if (!input.dateOfBirth) return;
    const problem = dateOfBirthProblem({ dateOfBirth: input.dateOfBirth }, now, this.config.DATE_OF_BIRTH_ESTIMATE_TOLERANCE_YEARS);
    if (problem) throw new AgeVerificationException(AgeVerificationExceptionCode.IMPLAUSIBLE_DATE_OF_BIRTH, problem, ['input.dateOfBirth']);
    const adult = differenceInYears(now, parseISO(input.dateOfBirth)) >= AGE_OF_MAJORITY;
    if (adult !== (input.outcome === AgeVerificationOutcome.ADULT)) {
      throw new AgeVerificationException(
        AgeVerificationExceptionCode.DATE_OF_BIRTH_CONTRADICTS_OUTCOME,
        `dateOfBirth must give an age that agrees with the outcome ${input.outcome}`,
        ['input.dateOfBirth'],
      );
    }
  }
}

/** The input a clientRequestId stands for: the same verification hashes the same (the key itself left out). */
function hashInput(input: RecordAgeVerificationInput): string {
  const canonical = {
    personId: input.personId.toLowerCase(),
    outcome: input.outcome,
    method: input.method,
    verifiedAt: input.verifiedAt.toISOString(),
    dateOfBirth: input.dateOfBirth ?? null,
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
