import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDate, IsEnum, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { CaseManagerChangeOutcome, CasePhase, ClosureType, PlacementType } from '@nrm/domain';

/** A directory user id (the token's sub) as the identity provider writes it. */
export const USER_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The most people a case team names. */
export const MAX_TEAM_MEMBERS = 20;

@InputType()
export class AdmitToCaseInput {
  @Field(() => ID)
  @IsUUID('all')
  caseId: string;

  @Field({ description: 'When the person arrived; not in the future, not more than 30 days before the case opened' })
  @IsDate()
  admittedAt: Date;

  @Field(() => PlacementType)
  @IsEnum(PlacementType)
  placementType: PlacementType;
}

@InputType()
export class AssignCaseManagerInput {
  @Field(() => ID)
  @IsUUID('all')
  caseId: string;

  @Field(() => ID, { description: "A case manager of the shelter, by directory user id (users(filter: { role: case_manager }))" })
  @IsString()
  @Matches(USER_ID, { message: 'caseManagerId must be a directory user id' })
  caseManagerId: string;
}

@InputType()
export class RequestCaseManagerChangeInput {
  @Field(() => ID)
  @IsUUID('all')
  caseId: string;
}

@InputType()
export class DecideCaseManagerChangeInput {
  @Field(() => ID)
  @IsUUID('all')
  requestId: string;

  @Field(() => CaseManagerChangeOutcome)
  @IsEnum(CaseManagerChangeOutcome)
  outcome: CaseManagerChangeOutcome;

  @Field(() => ID, { nullable: true, description: 'GRANTED: the new case manager (required); REFUSED: none' })
  @IsOptional()
  @IsString()
  @Matches(USER_ID, { message: 'newCaseManagerId must be a directory user id' })
  newCaseManagerId?: string | null;
}

@InputType()
export class SetCaseTeamInput {
  @Field(() => ID)
  @IsUUID('all')
  caseId: string;

  @Field(() => [ID], { description: `Directory user ids of the shelter's staff (at most ${MAX_TEAM_MEMBERS}); replaces the team` })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(MAX_TEAM_MEMBERS)
  @Matches(USER_ID, { each: true, message: 'each member must be a directory user id' })
  memberIds: string[];
}

@InputType()
export class MoveCasePhaseInput {
  @Field(() => ID)
  @IsUUID('all')
  caseId: string;

  @Field(() => CasePhase)
  @IsEnum(CasePhase)
  phase: CasePhase;
}

@InputType()
export class CloseCaseInput {
  @Field(() => ID)
  @IsUUID('all')
  caseId: string;

  @Field(() => ClosureType)
  @IsIn(Object.values(ClosureType))
  closureType: ClosureType;

  @Field({ description: 'The closure review (docs/domain.md §2 step 8): required, not blank' })
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  reviewNotes: string;
}
