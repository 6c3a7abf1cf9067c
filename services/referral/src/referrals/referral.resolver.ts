import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditAction, DenialAuditor } from '@nrm/audit';
import { Authenticator, CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { ApiErrorCode, assertUuid, type Connection } from '@nrm/graphql';
import { Person } from '../persons/person.model';
import { ServiceProviderEntity } from '../service-providers/service-provider.entity';
import { ServiceProvider } from '../service-providers/service-provider.model';
import { ServiceProviderService } from '../service-providers/service-provider.service';
import { CreateReferralInput } from './dto/create-referral.input';
import { ReferralsArgs } from './dto/referrals.args';
import { RespondToReferralInput } from './dto/respond-to-referral.input';
import { WithdrawReferralInput } from './dto/withdraw-referral.input';
import { ReferralEntity } from './referral.entity';
import { ReferralException } from './referral.exception';
import { OverCapacityAgreement, Referral, ReferralConnection } from './referral.model';
import { ReferralService } from './referral.service';

/** The Responsible Authority routes referrals; a provider's staff read the referrals made to their agency. */
const REFERRAL_READER_ROLES = [Role.RA_OFFICER, Role.RA_HEAD, Role.CASE_MANAGER, Role.SHELTER_STAFF];

@Resolver(() => Referral)
export class ReferralResolver {
  constructor(
    private readonly referralService: ReferralService,
    private readonly providers: ServiceProviderService,
    private readonly authenticator: Authenticator,
    private readonly denials: DenialAuditor,
  ) {}

  @Mutation(() => Referral)
  @Roles(Role.RA_OFFICER, Role.RA_HEAD)
  createReferral(
    @Args('input') input: CreateReferralInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ReferralEntity> {
    return this.referralService.create(input, principal, context.req);
  }

  @Mutation(() => Referral)
  @Roles(Role.CASE_MANAGER)
  respondToReferral(
    @Args('input') input: RespondToReferralInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ReferralEntity> {
    return this.auditingRefusal(this.referralService.respond(input, principal), context, principal, AuditAction.WRITE);
  }

  /** A pending referral only (docs/api.md, "Referrals"): the provider is told and loses what the referral let it read. */
  @Mutation(() => Referral)
  @Roles(Role.RA_OFFICER, Role.RA_HEAD)
  withdrawReferral(@Args('input') input: WithdrawReferralInput, @CurrentPrincipal() principal: Principal): Promise<ReferralEntity> {
    return this.referralService.withdraw(input, principal);
  }

  @Query(() => Referral)
  @Roles(...REFERRAL_READER_ROLES)
  referral(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ReferralEntity> {
    return this.auditingRefusal(this.referralService.findVisible(assertUuid(id, 'id'), principal), context, principal, AuditAction.READ);
  }

  @Query(() => ReferralConnection)
  @Roles(...REFERRAL_READER_ROLES)
  referrals(@Args() args: ReferralsArgs, @CurrentPrincipal() principal: Principal): Promise<Connection<ReferralEntity>> {
    return this.referralService.list(args, principal);
  }

  /** Only the id: the identification subgraph resolves the rest, category by category, through the access policy. */
  @ResolveField(() => Person)
  @Roles(...REFERRAL_READER_ROLES)
  person(@Parent() referral: ReferralEntity): Person {
    return { id: referral.personId };
  }

  @ResolveField(() => ServiceProvider)
  @Roles(...REFERRAL_READER_ROLES)
  async provider(@Parent() referral: ReferralEntity): Promise<ServiceProviderEntity> {
    if (referral.provider) return referral.provider;
    const provider = await this.providers.findById(referral.providerId);
    if (!provider) throw new Error(`referral ${referral.id} points at a missing provider`);
    return provider;
  }

  @ResolveField(() => OverCapacityAgreement, { nullable: true })
  @Roles(...REFERRAL_READER_ROLES)
  overCapacityAgreement(@Parent() referral: ReferralEntity): OverCapacityAgreement | null {
    if (!referral.overCapacityReference || !referral.overCapacityAgreedWith) return null;
    return { reference: referral.overCapacityReference, agreedWith: referral.overCapacityAgreedWith };
  }

  @ResolveField(() => Boolean)
  @Roles(...REFERRAL_READER_ROLES)
  consentWithdrawn(@Parent() referral: ReferralEntity): boolean {
    return Boolean(referral.consentWithdrawnAt);
  }

  @ResolveField(() => String, { nullable: true })
  @Roles(...REFERRAL_READER_ROLES)
  async declineReason(@Parent() referral: ReferralEntity, @Context() context: GraphQLRequestContext): Promise<string | null> {
    const principal = await this.authenticator.authenticate(context.req);
    return this.referralService.mayReadDeclineReason(referral, principal) ? referral.declineReason : null;
  }

  /**
   * A use case's refusal about the person of a referral (another provider's referral) is a denied attempt about that
   * person: the denial filter cannot see it, since the operation names a referral, not a person.
   */
  private async auditingRefusal<T>(work: Promise<T>, context: GraphQLRequestContext, principal: Principal, action: AuditAction): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (error instanceof ReferralException && error.apiCode === ApiErrorCode.FORBIDDEN && error.personId) {
        await this.denials.record(context.req, principal, { personId: error.personId, action, categories: [], reason: ApiErrorCode.FORBIDDEN });
      }
      throw error;
    }
  }
}
