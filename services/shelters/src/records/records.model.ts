import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AssessmentArea } from '@nrm/domain';

@ObjectType({ description: 'One area of a needs assessment, as recorded by a shelter.' })
export class NeedsAssessmentEntry {
  @Field(() => ID)
  id: string;

  @Field(() => AssessmentArea)
  area: AssessmentArea;

  @Field({ description: 'The summary code of the area (docs/api.md)' })
  summary: string;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field()
  suicideRisk: boolean;

  @Field()
  recordedAt: Date;

  @Field(() => ID)
  recordedByAgencyId: string;
}

@ObjectType()
export class HealthRecord {
  @Field(() => [NeedsAssessmentEntry])
  assessments: NeedsAssessmentEntry[];
}

@ObjectType()
export class PsychosocialRecord {
  @Field(() => [NeedsAssessmentEntry])
  assessments: NeedsAssessmentEntry[];
}

@ObjectType()
export class LegalRecord {
  @Field(() => [NeedsAssessmentEntry])
  assessments: NeedsAssessmentEntry[];
}

@ObjectType()
export class FamilyRecord {
  @Field(() => [NeedsAssessmentEntry])
  assessments: NeedsAssessmentEntry[];
}

@ObjectType()
export class EducationEmploymentRecord {
  @Field(() => [NeedsAssessmentEntry])
  assessments: NeedsAssessmentEntry[];
}

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
