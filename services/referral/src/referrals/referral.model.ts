import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReferralStatus, ReferralWithdrawalReason } from '@nrm/domain';
import { ConnectionType } from '@nrm/graphql';
import { Person } from '../persons/person.model';
import { ServiceProvider } from '../service-providers/service-provider.model';

@ObjectType({ description: 'An over-capacity agreement the RA recorded with a full provider: references only' })
export class OverCapacityAgreement {
  @Field({ description: "The agreement's reference, e.g. the RA's protocol number" })
  reference: string;

  @Field({ description: "The provider's agency it was agreed with" })
  agreedWith: string;
}

@ObjectType({ description: 'A referral of a person to a service provider; personal facts are on `person`, behind the access policy.' })
export class Referral {
  @Field(() => ID)
  id: string;

  @Field({ description: "The person's NRM reference; never contains personal data" })
  reference: string;

  @Field(() => Person)
  person: Person;

  @Field(() => ServiceProvider)
  provider: ServiceProvider;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field()
  urgent: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Only visible to the Responsible Authority and the provider' })
  declineReason: string | null;

  @Field(() => ID, { nullable: true, description: "The provider's case of the person, fixed when the referral is accepted: readable by the provider at once" })
  caseId: string | null;

  @Field({ description: "A consent the provider's access relied on was withdrawn while the referral was live" })
  consentWithdrawn: boolean;

  @Field(() => Date, { nullable: true })
  consentWithdrawnAt: Date | null;

  @Field(() => ID, { nullable: true, description: "A transfer: the person's accepted referral this one replaces" })
  transferFromReferralId: string | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => ReferralWithdrawalReason, { nullable: true })
  withdrawalReason: ReferralWithdrawalReason | null;

  @Field(() => Date, { nullable: true, description: 'When the placement ended because its transfer was accepted' })
  closedAt: Date | null;

  @Field(() => [ID], { description: 'The providers the RA offered the person; the person chose `provider` among them' })
  optionsOffered: string[];

  @Field(() => OverCapacityAgreement, { nullable: true, description: 'The agreement under which a full provider was referred to' })
  overCapacityAgreement: OverCapacityAgreement | null;

  @Field({ description: 'Accepted beyond the provider\'s placesTotal under the over-capacity agreement' })
  placedOverCapacity: boolean;
}

export const ReferralConnection = ConnectionType(Referral, 'Referral');
