import { Field, ID, ObjectType } from '@nestjs/graphql';
import { FormalOutcome } from '@nrm/domain';
import { FormalIdentificationStatus } from './formal-identification-status';

/** A formal identification of one person; the conclusion's reasons are not exposed here. */
@ObjectType()
export class FormalIdentification {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => FormalIdentificationStatus)
  status: FormalIdentificationStatus;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  scheduledAt: Date | null;

  @Field(() => FormalOutcome, { nullable: true })
  outcome: FormalOutcome | null;

  @Field(() => Date, { nullable: true })
  concludedAt: Date | null;
}
