import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyType, ConsentGiver, ConsentPurpose, DataCategory } from '@nrm/domain';
import { ReviewOutcome } from './review-outcome';

@ObjectType({ description: 'A consent given for one receiving agency or every agency of one type; withdrawn and expired grants stay in the ledger.' })
export class ConsentGrant {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID, { nullable: true, description: 'Null for a grant to an agency type' })
  granteeAgencyId: string | null;

  @Field(() => AgencyType, { nullable: true, description: 'Null for a grant to one agency' })
  granteeAgencyType: AgencyType | null;

  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => [DataCategory])
  categories: DataCategory[];

  @Field(() => ConsentGiver)
  givenBy: ConsentGiver;

  @Field()
  recordedAt: Date;

  @Field(() => ID)
  recordedByAgencyId: string;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true })
  withdrawalReason: string | null;

  @Field({ description: 'Neither withdrawn nor expired at the time of this read' })
  active: boolean;

  @Field(() => String, { nullable: true, description: 'The signed consent form\'s reference; null only on grants recorded before it was required' })
  evidenceReference: string | null;

  @Field({ description: "Waits for the Responsible Authority's review (law-enforcement cooperation) until reviewedAt is set" })
  flaggedForReview: boolean;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => ReviewOutcome, { nullable: true })
  reviewOutcome: ReviewOutcome | null;
}

@ObjectType({ description: "An ra_head's time-limited legal-basis override; always flagged for review in the audit trail." })
export class LegalBasisOverride {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  granteeAgencyId: string;

  @Field(() => [DataCategory])
  categories: DataCategory[];

  @Field()
  reason: string;

  @Field()
  grantedAt: Date;

  @Field()
  expiresAt: Date;

  @Field()
  flaggedForReview: boolean;

  @Field(() => ID)
  grantedByAgencyId: string;

  @Field(() => Date, { nullable: true, description: 'Set once a second ra_head has reviewed it' })
  reviewedAt: Date | null;

  @Field(() => ReviewOutcome, { nullable: true })
  reviewOutcome: ReviewOutcome | null;

  @Field(() => String, { nullable: true })
  reviewNote: string | null;
}
