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

  @Field(() => ID, {
    nullable: true,
    description: 'Null to an agency that sees only the grants naming it: which agency recorded a grant (a shelter) would reveal the placement',
  })
  recordedByAgencyId: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true })
  withdrawalReason: string | null;

  @Field({ description: 'Neither withdrawn nor expired at the time of this read' })
  active: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The signed consent form's reference; null on grants recorded before it was required, and to an agency that did not record the grant and sees only the grants naming it",
  })
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

  @Field(() => String, {
    nullable: true,
    description: 'The written reason: to the RA heads only. An auditor oversees who opened what to whom, never the case behind it',
  })
  reason: string | null;

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

  @Field(() => String, { nullable: true, description: 'The reviewer\'s note: to the RA heads only, like the reason' })
  reviewNote: string | null;
}
