import { Field, ID, ObjectType } from '@nestjs/graphql';
import { FormalOutcome } from '@nrm/domain';
import { FormalIdentificationStatus } from './formal-identification-status';

/**
 * A formal identification of one person, as the RA and the group's members see it (docs/api.md). The members' accounts
 * are not exposed: `policeMemberId`/`socialMemberId` are shown to the RA who picked them and to the members themselves.
 */
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

  @Field(() => Date, { nullable: true, description: 'When the group must have convened: the configured working days after the request' })
  dueAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: "An adult's signed statement of willingness; null for a child" })
  statementOfWillingness: boolean | null;

  @Field(() => ID, { nullable: true, description: "The police member's user id (token sub)" })
  policeMemberId: string | null;

  @Field(() => ID, { nullable: true, description: "The social-service member's (or child protection worker's) user id" })
  socialMemberId: string | null;

  @Field(() => Date, { nullable: true })
  convenedAt: Date | null;

  @Field(() => Date, { nullable: true })
  scheduledAt: Date | null;

  @Field(() => Date, { nullable: true })
  interviewStartedAt: Date | null;

  @Field(() => Date, { nullable: true })
  interviewEndedAt: Date | null;

  @Field(() => FormalOutcome, { nullable: true })
  outcome: FormalOutcome | null;

  @Field(() => String, { nullable: true, description: "The group's reasons for the outcome" })
  reasons: string | null;

  @Field(() => Date, { nullable: true })
  concludedAt: Date | null;
}

/** A criminal report recorded for a person: when it was taken, never inside the formal interview. */
@ObjectType()
export class CriminalReport {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  formalIdentificationId: string;

  @Field(() => ID)
  personId: string;

  @Field()
  reportedAt: Date;

  @Field()
  recordedAt: Date;
}
