import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConsentGiver, ConsentPurpose, DataCategory } from '@nrm/domain';

@ObjectType({ description: 'A consent given for one receiving agency; withdrawn and expired grants stay in the ledger.' })
export class ConsentGrant {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  granteeAgencyId: string;

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
}
