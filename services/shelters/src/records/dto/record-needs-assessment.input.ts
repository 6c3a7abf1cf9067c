import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AssessmentArea, LegalProblemType } from '@nrm/domain';

@InputType()
export class RecordNeedsAssessmentInput {
  @Field(() => ID)
  @IsUUID('all')
  caseId: string;

  @Field(() => AssessmentArea)
  @IsEnum(AssessmentArea)
  area: AssessmentArea;

  /** Checked against the area's codes (assessment-codes.ts) by the resolver: BAD_USER_INPUT ['input.summary']. */
  @Field({ description: "A summary code of the area: assessmentAreas lists each area's codes with their labels" })
  @IsString()
  @MaxLength(64)
  summary: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A disagreement within the multidisciplinary team about this area (who holds which view, and why); omitted when the team agreed',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  disagreement?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  suicideRisk?: boolean | null;

  @Field(() => [LegalProblemType], {
    nullable: true,
    description: 'LEGAL with PROBLEMS_IDENTIFIED: the kinds of problem found (at least one); no other assessment names any',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(6)
  @IsEnum(LegalProblemType, { each: true })
  legalProblems?: LegalProblemType[] | null;
}
