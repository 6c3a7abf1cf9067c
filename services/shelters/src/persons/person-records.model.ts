import { Field, ID, ObjectType } from '@nestjs/graphql';
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
