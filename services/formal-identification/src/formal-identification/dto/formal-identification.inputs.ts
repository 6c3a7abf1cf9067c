import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { FormalOutcome } from '@nrm/domain';

/** A user id as the identity provider writes it (the token's sub). */
const USER_ID = /^[A-Za-z0-9._-]{1,64}$/;
const USER_ID_MESSAGE = 'must be the id of a user from the directory (users query)';

@InputType()
export class RequestFormalIdentificationInput {
  @Field(() => ID)
  @IsUUID('all')
  personId: string;

  @Field(() => Boolean, { nullable: true, description: "An adult's signed statement of willingness (required true for an adult); ignored for a child" })
  @IsOptional()
  @IsBoolean()
  statementOfWillingness?: boolean | null;
}

@InputType()
export class ConveneFormalIdentificationGroupInput {
  @Field(() => ID)
  @IsUUID('all')
  formalIdentificationId: string;

  @Field(() => ID, { description: 'A formal_id_police user of the State Police (directory id, the token sub)' })
  @Matches(USER_ID, { message: USER_ID_MESSAGE })
  policeMemberId: string;

  @Field(() => ID, { description: "An adult: a formal_id_social user of a regional social service; a child: a child_protection_worker of the child's unit" })
  @Matches(USER_ID, { message: USER_ID_MESSAGE })
  socialMemberId: string;

  @Field(() => Date)
  @IsDate()
  scheduledAt: Date;
}

@InputType()
export class RecordFormalInterviewInput {
  @Field(() => ID)
  @IsUUID('all')
  formalIdentificationId: string;

  @Field(() => Date)
  @IsDate()
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Absent while the interview is under way; record it again with the end' })
  @IsOptional()
  @IsDate()
  endedAt?: Date | null;
}

@InputType()
export class RecordFormalIdentificationConclusionInput {
  @Field(() => ID)
  @IsUUID('all')
  formalIdentificationId: string;

  @Field(() => FormalOutcome)
  @IsEnum(FormalOutcome)
  outcome: FormalOutcome;

  @Field(() => String)
  @IsString()
  @MaxLength(10_000)
  reasons: string;
}

@InputType()
export class RecordCriminalReportInput {
  @Field(() => ID)
  @IsUUID('all')
  formalIdentificationId: string;

  @Field(() => Date, { description: 'When the report was taken; never inside the formal interview' })
  @IsDate()
  reportedAt: Date;
}
