import { UseFilters } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticator, CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { PERSON_READER_ROLES } from '@nrm/access-policy';
import { DataCategory, Role } from '@nrm/domain';
import { SUBJECT_ACCESS_ROLES } from '@nrm/service-kit';
import { PersonAccessService } from '../access/person-access.service';
import type { PersonEntity } from '../person/person.entity';
import { Person } from '../person/person.model';
import { PersonService } from '../person/person.service';
import { ErasePersonDataArgs, ExportPersonDataArgs, PersonIdArgs, RecordSubjectAccessRequestInput, SetLegalHoldArgs } from './dto/person-rights.args';
import { LegalHoldService } from './legal-hold.service';
import { PersonErasureService, type ErasureOutcome } from './person-erasure.service';
import { PersonRightsDenialAuditFilter } from './person-rights-denial.filter';
import { type AssembledExport, PersonExportService } from './person-export.service';
import type { LegalHoldRow } from './person-rights.repository';
import { ErasureResult, LegalHold, PersonDataExport, SubjectAccessRequest } from './person-rights.model';
import { SubjectAccessRequestService } from './subject-access-request.service';

/**
 * The person's rights: subject access export on a recorded request, erasure on request, and the legal hold that stops erasure.
 * A caller refused by role is recorded as a DENIED attempt on the person (PersonRightsDenialAuditFilter).
 */
@Resolver()
@UseFilters(PersonRightsDenialAuditFilter)
export class PersonRightsResolver {
  constructor(
    private readonly holds: LegalHoldService,
    private readonly exports: PersonExportService,
    private readonly erasure: PersonErasureService,
    private readonly requests: SubjectAccessRequestService,
  ) {}

  @Mutation(() => LegalHold, { description: 'ra_head only. Idempotent: with a hold already in force, returns it' })
  @Roles(Role.RA_HEAD)
  async setLegalHold(@Args() args: SetLegalHoldArgs, @CurrentPrincipal() principal: Principal): Promise<LegalHold> {
    return toLegalHold(await this.holds.set(args.personId.toLowerCase(), args.reasonCode, principal));
  }

  @Mutation(() => LegalHold, { description: 'ra_head only. NOT_FOUND when no hold is in force' })
  @Roles(Role.RA_HEAD)
  async releaseLegalHold(@Args() args: PersonIdArgs, @CurrentPrincipal() principal: Principal): Promise<LegalHold> {
    return toLegalHold(await this.holds.release(args.personId.toLowerCase(), principal));
  }

  @Query(() => [LegalHold], { description: "The person's legal holds, released ones included, newest first" })
  @Roles(Role.RA_OFFICER, Role.RA_HEAD)
  async legalHolds(@Args() args: PersonIdArgs): Promise<LegalHold[]> {
    return (await this.holds.list(args.personId.toLowerCase())).map(toLegalHold);
  }

  @Mutation(() => SubjectAccessRequest, {
    description:
      "Records the person's request for a copy of their data (who asked, when, how their identity was checked), which " +
      'exportPersonData then fulfils once. CONFLICT when the reference is taken',
  })
  @Roles(Role.RA_OFFICER, Role.RA_HEAD)
  recordSubjectAccessRequest(
    @Args('input') input: RecordSubjectAccessRequestInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubjectAccessRequest> {
    return this.requests.record(input, principal);
  }

  @Query(() => PersonDataExport, {
    description:
      "ra_head only. Subject access export on the person's recorded request (requestReference), which it fulfils: every " +
      "service's part in one document and its rendering for the person, returned once and never stored; audited " +
      '(SUBJECT_ACCESS_DISCLOSURE). NOT_FOUND without a recorded request, CONFLICT once it is fulfilled. Fails when a ' +
      'service holding data about people does not answer, rather than return a partial document.',
  })
  @Roles(...SUBJECT_ACCESS_ROLES)
  exportPersonData(
    @Args() args: ExportPersonDataArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<AssembledExport> {
    return this.exports.export(args.personId.toLowerCase(), args.requestReference, principal, context.req);
  }

  @Mutation(() => ErasureResult, { description: 'ra_head only. CONFLICT while a legal hold is in force; idempotent once erased' })
  @Roles(Role.RA_HEAD)
  erasePersonData(@Args() args: ErasePersonDataArgs, @CurrentPrincipal() principal: Principal): Promise<ErasureOutcome> {
    return this.erasure.erase(args.personId.toLowerCase(), args.requestReference, principal);
  }
}

/** `Person.erasedAt`, served under the same SUMMARY gate as the person's other non-identifying facts. */
@Resolver(() => Person)
export class PersonErasureFieldResolver {
  constructor(
    private readonly persons: PersonService,
    private readonly access: PersonAccessService,
    private readonly authenticator: Authenticator,
  ) {}

  @ResolveField(() => Date, { nullable: true, description: "When the person's data was erased on request; null while it is held" })
  @Roles(...PERSON_READER_ROLES)
  async erasedAt(@Parent() person: PersonEntity, @Context() context: GraphQLRequestContext): Promise<Date | null> {
    const principal = await this.authenticator.authenticate(context.req);
    await this.access.require(context.req, principal, person, DataCategory.SUMMARY);
    return this.persons.erasedAt(person.id);
  }
}

function toLegalHold(hold: LegalHoldRow): LegalHold {
  return {
    id: hold.id,
    personId: hold.personId,
    reasonCode: hold.reasonCode,
    setByAgencyId: hold.setByAgencyId,
    setAt: hold.setAt,
    releasedAt: hold.releasedAt,
    releasedByAgencyId: hold.releasedByAgencyId,
  };
}
