import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import type { FormalIdentificationEntity } from './formal-identification.entity';
import { FormalIdentification } from './formal-identification.model';
import { FormalIdentificationService } from './formal-identification.service';

@Resolver(() => FormalIdentification)
export class FormalIdentificationResolver {
  constructor(private readonly formalIdentificationService: FormalIdentificationService) {}

  /**
   * Who sees which is FormalIdentificationService's rule. Reading the formal identifications one takes part in writes
   * no audit entry (docs/audit.md); requesting one is planned.
   */
  @Query(() => [FormalIdentification], { description: 'Newest first' })
  @Roles(Role.FORMAL_ID_POLICE, Role.FORMAL_ID_SOCIAL, Role.CHILD_PROTECTION_WORKER, Role.RA_OFFICER, Role.RA_HEAD)
  formalIdentifications(
    @Args('personId', { type: () => ID }) personId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FormalIdentificationEntity[]> {
    return this.formalIdentificationService.listOfPerson(assertUuid(personId, 'personId'), principal);
  }
}
