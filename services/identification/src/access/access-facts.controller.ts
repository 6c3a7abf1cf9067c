import { Controller, Get, NotFoundException, Param, Req, UseFilters } from '@nestjs/common';
import { effectiveRelationships, type Permission, PERSON_READER_ROLES, type Relationship } from '@nrm/access-policy';
import { accessAuditEntry, AuditAction, AuditRecorder, DenialAuditor } from '@nrm/audit';
import { type AuthenticatedRequest, Authenticator, Roles } from '@nrm/auth';
import { DataCategory } from '@nrm/domain';
import { isUuid } from '@nrm/graphql';
import { Clock, InternalRestErrorFilter } from '@nrm/service-kit';
import { PersonService } from '../person/person.service';
import { seesEveryPerson } from '../person/unknown-person';
import { PersonAccessService } from './person-access.service';

export interface AccessFactsResponse {
  personId: string;
  isChild: boolean;
  /** Whether the person consented to the interview (at submission or later): a referral needs it. */
  interviewConsent: boolean;
  /** Whether the caller's agency recorded the person's identification (person.recording_agency_id, a stored fact). */
  recordingAgency: boolean;
  relationships: Relationship[];
  /** Every grant and override naming the caller's agency, with the grant's purpose (null for an override). */
  permissions: Array<Omit<Permission, 'expiresAt' | 'withdrawnAt'> & { expiresAt: string | null; withdrawnAt: string | null }>;
}

/**
 * Internal REST for the other services (docs/architecture.md, "Internal REST between services"): the access facts of
 * the CALLER's own agency (from the verified token, never a parameter) about one person, so the shelters service can
 * gate the shelter records with the same policy and the same live consent ledger — a withdrawal is seen on its very
 * next read. Only ids, flags and the ledger's metadata: no personal data. Not a GraphQL resolver, so the gateway never
 * exposes it; the global AuthGuard applies as to everything else. Whether a person is a child, or exists at all, is
 * itself a fact about the person: an agency with no relationship and no active grant or override gets the answer for
 * an unknown person (404), and the attempt is audited as a denied read.
 */
@Controller('internal/access-facts')
@UseFilters(InternalRestErrorFilter)
export class AccessFactsController {
  constructor(
    private readonly persons: PersonService,
    private readonly access: PersonAccessService,
    private readonly authenticator: Authenticator,
    private readonly audit: AuditRecorder,
    private readonly denials: DenialAuditor,
    private readonly clock: Clock,
  ) {}

  @Get(':personId')
  @Roles(...PERSON_READER_ROLES)
  async facts(@Param('personId') personId: string, @Req() request: AuthenticatedRequest): Promise<AccessFactsResponse> {
    if (!isUuid(personId)) throw new NotFoundException();
    const principal = await this.authenticator.authenticate(request);
    const person = await this.persons.find(personId.toLowerCase());
    if (!person) {
      // The same answer as for a person the caller is not linked to, and the same attempt in the trail (without a
      // person, under the per-actor limit); the RA, who may know of every person, is simply told there is none.
      if (!seesEveryPerson(principal)) {
        await this.denials.record(request, principal, { personId, action: AuditAction.READ, categories: [DataCategory.SUMMARY], reason: 'FORBIDDEN' });
      }
      throw new NotFoundException();
    }
    const facts = await this.access.rawFacts(request, principal, person.id);
    // A yes of the last moments stands here (CaseTeamClient): shelters asks this while serving the caller's request, and
    // checks its records against the team itself, fresh.
    const onCaseTeam = await this.access.onCaseTeam(request, principal, person.id, { recentYes: true });
    const now = this.clock.now();
    // Linked as the policy links: a relationship, or an active override (which brings its grantee in). A consent grant
    // alone links no one (a grant to an agency type names every agency of the type): it only extends a relationship.
    // shelter_staff are linked only through a team of the person's open case at their shelter (docs/domain.md §3).
    const linked =
      effectiveRelationships({
        caller: { agencyId: principal.agencyId, roles: principal.roles, ...(onCaseTeam === undefined ? {} : { onCaseTeam }) },
        subject: { isChild: person.isChild, recordingAgencyId: person.recordingAgencyId },
        relationships: facts.relationships,
        permissions: facts.permissions,
        now,
      }).length > 0;
    if (!linked) {
      const denial = accessAuditEntry(principal, person.id, DataCategory.SUMMARY, { decision: 'DENIED', code: 'FORBIDDEN' });
      if (denial) await this.audit.record(request, denial);
      throw new NotFoundException();
    }
    return {
      personId: person.id,
      isChild: person.isChild,
      interviewConsent: !person.anonymous,
      recordingAgency: person.recordingAgencyId === principal.agencyId,
      relationships: facts.relationships,
      permissions: facts.permissions.map((permission) => ({
        ...permission,
        expiresAt: permission.expiresAt?.toISOString() ?? null,
        withdrawnAt: permission.withdrawnAt?.toISOString() ?? null,
      })),
    };
  }
}
