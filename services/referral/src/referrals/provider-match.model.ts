import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ServiceProvider } from '../service-providers/service-provider.model';

@ObjectType({ description: 'A reason a provider may not take the person: the code createReferral would refuse with, and what would be accepted' })
export class MatchExclusion {
  @Field({ description: 'A ReferralException code, e.g. PROVIDER_DOES_NOT_SERVE_CHILDREN' })
  code: string;

  @Field()
  message: string;
}

@ObjectType({ description: 'One provider of the directory for a person: whether it may take them, why not, and how well it fits' })
export class ProviderMatch {
  @Field(() => ServiceProvider)
  provider: ServiceProvider;

  @Field({ description: 'createReferral to it would pass the directory rule now' })
  eligible: boolean;

  @Field(() => [String], { description: 'The refusal codes when not eligible (empty when eligible)' })
  reasons: string[];

  @Field(() => [MatchExclusion], { description: 'The same refusals, each with what would be accepted' })
  exclusions: MatchExclusion[];

  @Field({ description: 'Only the lack of a free place stands in the way: an over-capacity agreement would let the RA refer' })
  overCapacityPossible: boolean;

  @Field(() => Int, { nullable: true, description: '1 for the best fit among the eligible providers; null when not eligible' })
  rank: number | null;

  @Field(() => Int, { description: 'The fit: 2 for the person\'s region, 1 per needed service offered, -1 per needed service missing' })
  score: number;

  @Field({ description: "The provider is in the person's region" })
  regionMatch: boolean;

  @Field(() => [String], { description: 'Needed services the provider offers' })
  servicesMatched: string[];

  @Field(() => [String], { description: 'Needed services the provider does not offer' })
  servicesMissing: string[];
}
