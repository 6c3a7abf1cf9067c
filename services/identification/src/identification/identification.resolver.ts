import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { keysetPage } from '@nrm/database';
import { accessAuditEntry, AuditRecorder } from '@nrm/audit';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Relationship } from '@nrm/access-policy';
import { DataCategory, LegalBasis, Role } from '@nrm/domain';
import { assertUuid, type Connection } from '@nrm/graphql';
import { seesEveryPerson } from '../access/unknown-person';
import { PersonEntity } from '../person/person.entity';
import { Person } from '../person/person.model';
import { InitialIdentificationsArgs } from './dto/initial-identification.filter';
import { SubmitInitialIdentificationInput } from './dto/submit-initial-identification.input';
import { IdentificationException, IdentificationExceptionCode } from './identification.exception';
import { IdentificationService, type SubmittedIdentification } from './identification.service';
import { InitialIdentificationEntity } from './initial-identification.entity';
import { InitialIdentification, InitialIdentificationConnection, Screening } from './initial-identification.model';

const READERS = [Role.FIRST_RESPONDER, Role.RA_OFFICER, Role.RA_HEAD, Role.CHILD_PROTECTION_WORKER];

@Resolver(() => InitialIdentification)
export class IdentificationResolver {
  constructor(
    private readonly identifications: IdentificationService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditRecorder,
  ) {}

  @Mutation(() => InitialIdentification)
  @Roles(Role.FIRST_RESPONDER)
  submitInitialIdentification(
    @Args('input') input: SubmitInitialIdentificationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmittedIdentification> {
    return this.identifications.submit(input, principal);
  }

  @Query(() => InitialIdentification)
  @Roles(...READERS)
  async initialIdentification(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<InitialIdentificationEntity> {
    const [row] = await this.visibleQuery(principal).andWhere('ii.id = :id', { id: assertUuid(id, 'id') }).getMany();
    if (row) {
      await this.auditWorkflowRead(context, principal, [row]);
      return row;
    }
    // The RA sees every identification, so NOT_FOUND tells it nothing; anyone else gets one answer for an unknown id
    // and another agency's identification, or the answer would reveal that a person was identified.
    throw seesEveryPerson(principal)
      ? new IdentificationException(IdentificationExceptionCode.IDENTIFICATION_NOT_FOUND, 'Identification not found')
      : new IdentificationException(IdentificationExceptionCode.NOT_VISIBLE, 'Not allowed to see this identification');
  }

  @Query(() => InitialIdentificationConnection)
  @Roles(...READERS)
  async initialIdentifications(
    @Args() args: InitialIdentificationsArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<Connection<InitialIdentificationEntity>> {
    const query = this.visibleQuery(principal);
    if (args.filter?.status) query.andWhere('ii.status = :status', { status: args.filter.status });
    if (args.filter?.region) query.andWhere('ii.region = :region', { region: args.filter.region });
    const page = await keysetPage(query, { first: args.first, after: args.after, atColumn: 'ii.submitted_at', idColumn: 'ii.id', atOf: (row) => row.submittedAt, idOf: (row) => row.id });
    await this.auditWorkflowRead(context, principal, page.edges.map((edge) => edge.node));
    return page;
  }

  /**
   * An identification's workflow fields (region, venue, needs, status) are SUMMARY facts of the person: the RA and the
   * child protection unit read them by mandate, so each such read is audited like any category read.
   */
  private async auditWorkflowRead(context: GraphQLRequestContext, principal: Principal, rows: InitialIdentificationEntity[]): Promise<void> {
    for (const row of rows) {
      if (row.recordingAgencyId === principal.agencyId) continue;
      const entry = accessAuditEntry(principal, row.personId, DataCategory.SUMMARY, { decision: 'ALLOWED', basis: LegalBasis.LEGAL_MANDATE });
      if (entry) await this.audit.record(context.req, entry);
    }
  }

  @ResolveField(() => Person)
  @Roles(...READERS)
  async person(@Parent() identification: SubmittedIdentification): Promise<PersonEntity> {
    // The person's categories are gated field by field by PersonResolver.
    if (identification.person) return identification.person;
    return this.dataSource.getRepository(PersonEntity).findOneOrFail({ where: { id: identification.personId } });
  }

  @ResolveField(() => Boolean)
  @Roles(...READERS)
  interviewConsented(@Parent() identification: InitialIdentificationEntity): boolean {
    return identification.interview.consentToInterview;
  }

  @ResolveField(() => Screening)
  @Roles(...READERS)
  screening(@Parent() identification: InitialIdentificationEntity): Screening {
    return { meetsThreshold: identification.meetsThreshold, missingGroups: identification.missingGroups };
  }

  /** The RA sees every identification (mandate); a first responder its agency's; a CPU worker its region's children. */
  private visibleQuery(principal: Principal) {
    const query = this.dataSource.getRepository(InitialIdentificationEntity).createQueryBuilder('ii');
    if (principal.roles.includes(Role.RA_OFFICER) || principal.roles.includes(Role.RA_HEAD)) return query;
    if (principal.roles.includes(Role.CHILD_PROTECTION_WORKER)) {
      return query.where(
        `(ii.recording_agency_id = :agency OR EXISTS (SELECT 1 FROM identification.person_relationship r
          WHERE r.person_id = ii.person_id AND r.agency_id = :agency AND r.relationship = :cpu AND r.active))`,
        { agency: principal.agencyId, cpu: Relationship.CHILD_PROTECTION_MANDATE },
      );
    }
    return query.where('ii.recording_agency_id = :agency', { agency: principal.agencyId });
  }
}
