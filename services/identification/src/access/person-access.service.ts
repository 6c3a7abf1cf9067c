import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AccessRequest, type AccessResult, effectiveRelationships, enforceAccess, evaluateAccess, type Relationship } from '@nrm/access-policy';
import { AuditAction, auditedAccess, AuditRecorder, DenialAuditor } from '@nrm/audit';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import type { DataCategory } from '@nrm/domain';
import { ApiErrorCode } from '@nrm/graphql';
import { Clock, RequestMemo } from '@nrm/service-kit';
import type { PersonEntity } from '../person/person.entity';
import { isUnknownPerson, NO_RELATIONSHIP_MESSAGE } from '../person/unknown-person';
import { type AccessFacts, AccessFactsRepository } from './access-facts.repository';
import { AccessException, AccessExceptionCode } from './access.exception';
import { CaseTeamClient } from './case-team.client';
import { PlacementCatchUp } from './placement-catch-up';


/**
 * Serves every personal category of a person through the one access policy. Facts (relationships, grants) are
 * loaded once per request and person, and never cached across requests, so a change is honoured on the next read.
 */
@Injectable()
export class PersonAccessService {
  private readonly factsByRequest = new RequestMemo<Promise<AccessFacts>>();
  private readonly caughtUpByRequest = new RequestMemo<Promise<AccessFacts>>();
  private readonly unknownDenials = new RequestMemo<Promise<void>>();
  private readonly directoryDenials = new RequestMemo<Promise<void>>();

  constructor(
    private readonly accessFacts: AccessFactsRepository,
    private readonly audit: AuditRecorder,
    private readonly denials: DenialAuditor,
    private readonly clock: Clock,
    private readonly placements: PlacementCatchUp,
    private readonly caseTeam: CaseTeamClient,
  ) {}

  private accessRequest(facts: AccessFacts, principal: Principal, person: PersonEntity, category: DataCategory, onCaseTeam: boolean | undefined): AccessRequest {
    return {
      caller: { agencyId: principal.agencyId, agencyType: principal.agencyType, roles: principal.roles, ...(onCaseTeam === undefined ? {} : { onCaseTeam }) },
      subject: { isChild: person.isChild, recordingAgencyId: person.recordingAgencyId },
      relationships: facts.relationships,
      permissions: facts.permissions,
      category,
      now: this.clock.now(),
    };
  }

  /**
   * Throws FORBIDDEN or CONSENT_REQUIRED when the category is closed to the caller. Either way the decision is
   * recorded in the audit trail first (all but the recording agency's own reads); within a GraphQL request the entry
   * joins the request's batch, written before the response leaves (AuditRecorder).
   */
  async require(request: AuthenticatedRequest, principal: Principal, person: PersonEntity, category: DataCategory): Promise<AccessResult> {
    if (isUnknownPerson(person)) {
      // One entry per request, about no person and under the per-actor limit. Every field awaits the same write, as
      // every field of a known person awaits the same facts, so the fields are refused in the same order either way.
      await this.unknownDenial(request, principal, person.id);
      throw new AccessException(AccessExceptionCode.NO_RELATIONSHIP, NO_RELATIONSHIP_MESSAGE);
    }
    const stored = await this.facts(request, principal, person.id);
    await this.requireDirectoryAgrees(request, principal, person.id, stored);
    // shelter_staff read only as members of a team of the person's open case at their shelter (docs/domain.md §3).
    const onCaseTeam = await this.onCaseTeam(request, principal, person.id);
    let access = this.accessRequest(stored, principal, person, category, onCaseTeam);
    if (evaluateAccess(access).decision === 'DENIED') {
      // Refused on the stored facts: a referral event may not have arrived yet (PlacementCatchUp), so ask once.
      access = this.accessRequest(await this.caughtUpFacts(request, principal, person.id), principal, person, category, onCaseTeam);
    }
    return enforceAccess(access, auditedAccess(this.audit, request, principal, person.id, category));
  }

  /**
   * Whether a team of an open case of the person at the caller's shelter names the caller, asked of the shelters
   * service once per request (CaseTeamClient); undefined for a caller the case team does not bind.
   */
  onCaseTeam(request: AuthenticatedRequest, principal: Principal, personId: string, options: { recentYes?: boolean } = {}): Promise<boolean | undefined> {
    return this.caseTeam.onCaseTeam(request, principal, personId, options);
  }

  /**
   * The token's agency must be an active agency of the directory, of the type the token claims (docs/domain.md §1):
   * the policy decides on the agency type (the police-only consent rules, grants to a type, the recorder's own type), so
   * a claim the directory does not back decides nothing. FORBIDDEN, not UNAUTHENTICATED: the token is genuine and still
   * serves what needs no person (catalogues, regions); signing in again would bring the same claim until the identity
   * provider and the directory agree. The directory's type comes with the access facts, in the same round trip, read
   * fresh on every request: a directory change (DirectorySyncService) counts from the next request. The refusal is
   * audited once per request and person.
   */
  private async requireDirectoryAgrees(request: AuthenticatedRequest | null, principal: Principal, personId: string, facts: AccessFacts): Promise<void> {
    if (facts.directoryAgencyType !== null && facts.directoryAgencyType === principal.agencyType) return;
    if (request) {
      await this.directoryDenials.get(request, personId, () =>
        this.denials.record(request, principal, { personId, action: AuditAction.READ, categories: [], reason: ApiErrorCode.FORBIDDEN }),
      );
    }
    throw new AccessException(AccessExceptionCode.AGENCY_NOT_AS_IN_DIRECTORY, "The agency directory does not hold the caller's agency with the type its sign-in claims");
  }

  private unknownDenial(request: AuthenticatedRequest, principal: Principal, personId: string): Promise<void> {
    return this.unknownDenials.get(request, personId, () =>
      this.denials.record(request, principal, { personId, action: AuditAction.READ, categories: [], reason: ApiErrorCode.FORBIDDEN }),
    );
  }

  private facts(request: AuthenticatedRequest, principal: Principal, personId: string): Promise<AccessFacts> {
    return this.factsByRequest.get(request, `${principal.agencyId}:${personId}`, () => this.loadFacts(principal, personId));
  }

  /**
   * The facts after catching up with the referral service when a provider does not hold the person as placed yet
   * (PlacementCatchUp); once per request and person, however many categories were refused.
   */
  private caughtUpFacts(request: AuthenticatedRequest, principal: Principal, personId: string): Promise<AccessFacts> {
    return this.caughtUpByRequest.get(request, `${principal.agencyId}:${personId}`, async () => {
      const facts = await this.facts(request, principal, personId);
      if (!(await this.placements.caughtUp(request, principal, personId, facts.relationships))) return facts;
      return this.loadFacts(principal, personId);
    });
  }

  /**
   * The caller agency's relationships to the person, read fresh (the consent ledger's gate: only staff of an agency
   * already linked to the person record, withdraw or list consent). The same facts and rules as a category read.
   */
  async relationshipsOf(principal: Principal, person: PersonEntity, manager?: EntityManager): Promise<Relationship[]> {
    // Inside a transaction the facts must come through its connection: a second pool connection per transaction
    // lets a burst of ledger writes exhaust the pool and wait on itself forever.
    const facts = await this.loadFacts(principal, person.id, manager);
    await this.requireDirectoryAgrees(null, principal, person.id, facts);
    return effectiveRelationships({
      caller: { agencyId: principal.agencyId, roles: principal.roles },
      subject: { isChild: person.isChild, recordingAgencyId: person.recordingAgencyId },
      relationships: facts.relationships,
      // An active override links its grantee (OVERRIDE_GRANTEE): it may list the grants naming it.
      permissions: facts.permissions,
      now: this.clock.now(),
    });
  }

  /**
   * The raw facts for the internal access-facts endpoint (the shelters service evaluates its own records with them):
   * the stored relationships of this agency (not the derived ones) and every grant or override naming it, read fresh.
   */
  async rawFacts(request: AuthenticatedRequest, principal: Principal, personId: string): Promise<AccessFacts> {
    const facts = await this.caughtUpFacts(request, principal, personId);
    await this.requireDirectoryAgrees(request, principal, personId, facts);
    return facts;
  }

  /** Relationships and every grant or override naming the agency, in one round trip, never cached across requests. */
  private loadFacts(principal: Principal, personId: string, manager?: EntityManager): Promise<AccessFacts> {
    return this.accessFacts.load(personId, { id: principal.agencyId, type: principal.agencyType }, manager);
  }
}
