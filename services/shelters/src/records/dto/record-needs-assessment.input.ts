import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AssessmentArea } from '@nrm/domain';

@InputType()
export class RecordNeedsAssessmentInput {
  @Field(() => ID)
  @IsUUID('all')
  caseId: string;

  @Field(() => AssessmentArea)
  @IsEnum(AssessmentArea)
  area: AssessmentArea;

  /** Checked against the area's codes (assessment-codes.ts) by the resolver: BAD_USER_INPUT ['input.summary']. */
  @Field({ description: 'A summary code of the area (docs/api.md)' })
  @IsString()
  @MaxLength(64)
  summary: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  suicideRisk?: boolean | null;
}
