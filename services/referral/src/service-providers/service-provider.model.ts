import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ServedGroup } from '@nrm/domain';

@ObjectType({ description: 'A provider in the NRM directory (directory data, not personal data).' })
export class ServiceProvider {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: "The provider's agency; its case managers answer its referrals" })
  agencyId: string;

  @Field()
  name: string;

  @Field({ description: 'Never refer to an unauthorised provider' })
  authorised: boolean;

  @Field(() => Int, { nullable: true })
  placesTotal: number;

  @Field(() => Int, { nullable: true })
  placesFree: number;

  @Field(() => [ServedGroup])
  serves: ServedGroup[];

  @Field(() => [String], { description: 'Services offered, e.g. ACCOMMODATION, PSYCHOLOGICAL, LEGAL' })
  services: string[];

  @Field({ description: 'Region code from the configured list' })
  region: string;
}
