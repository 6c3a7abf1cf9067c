import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles } from '@nrm/auth';
import { RESPONSIBLE_AUTHORITY_ROLES, Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { FormalIdentificationEntity } from './formal-identification.entity';
import { FormalIdentification } from './formal-identification.model';

@Resolver(() => FormalIdentification)
export class FormalIdentificationResolver {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The RA sees every formal identification of the person; a group member (police, social service or child
   * protection worker) only those whose group they sit in. Requests are recorded from their own issue on.
   */
  @Query(() => [FormalIdentification], { description: 'Newest first' })
  @Roles(Role.FORMAL_ID_POLICE, Role.FORMAL_ID_SOCIAL, Role.CHILD_PROTECTION_WORKER, Role.RA_OFFICER, Role.RA_HEAD)
  formalIdentifications(
    @Args('personId', { type: () => ID }) personId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FormalIdentificationEntity[]> {
    const query = this.dataSource
      .getRepository(FormalIdentificationEntity)
      .createQueryBuilder('fi')
      .where('fi.person_id = :personId', { personId: assertUuid(personId, 'personId') })
      .orderBy('fi.requested_at', 'DESC')
      .addOrderBy('fi.id', 'DESC');
    if (!principal.roles.some((role) => RESPONSIBLE_AUTHORITY_ROLES.includes(role))) {
      query.andWhere('(fi.police_member_id = :subject OR fi.social_member_id = :subject)', { subject: principal.subject });
    }
    return query.getMany();
  }
}
