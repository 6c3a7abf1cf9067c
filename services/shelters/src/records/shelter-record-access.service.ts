import { Injectable } from '@nestjs/common';
import { type AccessRequest, enforceAccessForOwners, isCaseTeamBound, PERSON_READER_ROLES, Relationship } from '@nrm/access-policy';
import { accessDenial, AuditAction, auditedAccess, AuditRecorder, DenialAuditor } from '@nrm/audit';
import { type AuthenticatedRequest, hasAnyRole, type Principal } from '@nrm/auth';
import type { DataCategory } from '@nrm/domain';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { Clock, RequestMemo } from '@nrm/service-kit';
import { CaseService } from '../cases/case.service';
import type { NeedsAssessmentEntry } from '../persons/person-records.model';
import { IdentificationFactsClient, isKnownToIdentification } from './identification-facts.client';
import { NeedsAssessmentService } from './needs-assessment.service';

/**
 * Serves the shelter-record categories of a person through the one access policy and its one enforcement
 * (`enforceAccessForOwners` of @nrm/access-policy):
 *
 * - facts: the caller agency's relationships and grants come fresh from identification for every request
 *   (IdentificationFactsClient), plus OPEN_CASE when this service runs an open case of the person at the caller's
 *   agency;
 * - case team: a shelter_staff member reads only while a team of the person's open case at their shelter names them
 *   (isCaseTeamBound; CaseService.isOnCaseTeam);
 * - caller: the agency and its type come from the caller's own token (the police see health and psycho-social records
 *   only by a grant for law-enforcement cooperation, CONSENT_ONLY_CATEGORIES); the grants' purposes from identification;
 * - owner: a shelter record belongs to the shelter that wrote it, so `subject.recordingAgencyId` is the case's provider
 *   agency. That shelter reads its records as OWNER; the RA, the police who identified the person and anyone else need a
 *   consent grant (or override) for the category. With records of several shelters, each shelter's records are decided
 *   on their own; the field returns those the caller may see and is denied only when it may see none;
 * - audit: the decision served, as in identification (servedDecision): the allowed owners' decisions but an OWNER read,
 *   or the one denial the caller receives.
 *
 * A case page asks for many of these categories at once (monitoring contacts, plans, each assessment category): the
 * shelter's own facts (OPEN_CASE, the owners) are loaded once per request and person, like identification's facts
 * (IdentificationFactsClient), so the statements of a page do not grow with the fields it selects. Every category is
 * still decided and audited on its own.
 */
@Injectable()
export class ShelterRecordAccessService {
  private readonly localFacts = new RequestMemo<Promise<{ openCase: boolean; owners: string[] }>>();
  private readonly caseTeamByRequest = new RequestMemo<Promise<boolean>>();

  constructor(
    private readonly cases: CaseService,
    private readonly assessments: NeedsAssessmentService,
    private readonly facts: IdentificationFactsClient,
    private readonly audit: AuditRecorder,
    private readonly denials: DenialAuditor,
    private readonly clock: Clock,
  ) {}

  async read(request: AuthenticatedRequest, principal: Principal, personId: string, category: DataCategory): Promise<NeedsAssessmentEntry[]> {
    const owned = await this.allowedOwners(request, principal, personId, category);
    if (owned.length === 0) return [];
    return this.assessments.ofCategory(personId, owned, category);
  }

  /**
   * The shelters whose records of the category the caller may read, decided and audited as described above; every
   * shelter-record feature (needs assessments, reintegration plans, monitoring contacts, complaints) reads its own
   * rows of these owners only. Throws the denial when the caller may read none of them.
   */
  allowedOwners(request: AuthenticatedRequest, principal: Principal, personId: string, category: DataCategory): Promise<string[]> {
    return this.enforce(request, principal, personId, category, (owners) => owners);
  }

  /**
   * One record of one shelter (a printed reintegration plan): decided and audited exactly as `allowedOwners` decides
   * that shelter's records of the category, the other shelters' records left out of it. Throws the denial when the
   * caller may not read them.
   */
  async assertMayReadOwner(request: AuthenticatedRequest, principal: Principal, personId: string, category: DataCategory, owner: string): Promise<void> {
    await this.enforce(request, principal, personId, category, () => [owner]);
  }

  private async enforce(
    request: AuthenticatedRequest,
    principal: Principal,
    personId: string,
    category: DataCategory,
    ownersOf: (recordOwners: string[]) => string[],
  ): Promise<string[]> {
    // A role that never sees a person is refused here, before identification is asked anything, and the attempt is
    // audited like any other denial (the entity resolver's guard may refuse it first; either way one entry).
    if (!hasAnyRole(principal, PERSON_READER_ROLES)) throw await this.denied(request, principal, personId, category);
    const facts = await this.facts.factsFor(request, personId).catch(async (error: unknown) => {
      // identification refused the caller anything about the person: a denied attempt on this category too.
      if (error instanceof ApiError && error.code === ApiErrorCode.FORBIDDEN) throw await this.denied(request, principal, personId, category);
      throw error;
    });
    // RECORDING_AGENCY (should identification ever store it) is about the identification's data: the owner of a
    // shelter record is its shelter, derived below from `recordingAgencyId`, never taken from identification.
    const relationships = new Set<Relationship>(facts.relationships.filter((relationship) => relationship !== Relationship.RECORDING_AGENCY));
    const local = await this.localFactsFor(request, principal, personId);
    if (local.openCase) relationships.add(Relationship.OPEN_CASE);
    // The police who identified the person are linked to it but own no shelter record: consent can open one to them.
    if (facts.recordingAgency) relationships.add(Relationship.IDENTIFYING_AGENCY);

    // shelter_staff read only as a member of a team of the person's open case here (docs/domain.md §3, "Within a
    // shelter: the case team"), checked on this service's own cases, fresh.
    const onCaseTeam = isCaseTeamBound(principal.roles)
      ? await this.caseTeamByRequest.get(request, `${principal.subject}:${personId}`, () => this.cases.isOnCaseTeam(personId, principal))
      : undefined;

    const owners = ownersOf(local.owners);
    const now = this.clock.now();
    // No shelter holds records of the person yet: decide on the workflow relationships alone, so the answer (and the
    // audit) does not reveal whether any shelter has written something.
    const requests = (owners.length > 0 ? owners : [null]).map((owner) => ({
      owner,
      request: {
        caller: { agencyId: principal.agencyId, agencyType: principal.agencyType, roles: principal.roles, ...(onCaseTeam === undefined ? {} : { onCaseTeam }) },
        subject: { isChild: facts.isChild, recordingAgencyId: owner ?? '' },
        relationships: [...relationships],
        permissions: facts.permissions,
        category,
        now,
      } satisfies AccessRequest,
    }));
    const audited = auditedAccess(this.audit, request, principal, personId, category);
    const { owners: owned } = await enforceAccessForOwners(requests, {
      audit: async (result) => {
        // Identification told nothing about the person (unknown, or not linked to the caller) and nothing here links
        // it: recorded as DenialAuditor records an id this service may not know, so an unknown id leaves the same trace.
        if (result.decision === 'DENIED' && result.code === 'FORBIDDEN' && !isKnownToIdentification(facts)) {
          await this.denials.record(request, principal, { personId, action: AuditAction.READ, categories: [category], reason: ApiErrorCode.FORBIDDEN });
        } else {
          await audited.audit(result);
        }
      },
      deny: audited.deny,
    });
    return owned;
  }

  /** Whether the caller's agency runs an open case of the person, and which shelters own records of it: once per request. */
  private localFactsFor(request: AuthenticatedRequest, principal: Principal, personId: string): Promise<{ openCase: boolean; owners: string[] }> {
    return this.localFacts.get(request, `${principal.agencyId}\u0000${personId}`, async () => {
      const [openCase, owners] = await Promise.all([this.cases.hasOpenCase(personId, principal.agencyId), this.assessments.ownersOf(personId)]);
      return { openCase, owners };
    });
  }

  /**
   * Records a refused read of the category and gives the error the caller receives (the same words as any refusal for
   * want of a relationship). An id this service holds no person under (an unknown record's id) is written without a
   * person and rate-limited, as DenialAuditor does for every unknown id.
   */
  async denied(request: AuthenticatedRequest, principal: Principal, personId: string, category: DataCategory): Promise<ApiError> {
    await this.denials.record(request, principal, { personId, action: AuditAction.READ, categories: [category], reason: ApiErrorCode.FORBIDDEN });
    return accessDenial('FORBIDDEN', category);
  }
}
