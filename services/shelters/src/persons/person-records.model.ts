import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AssessmentArea, LegalProblemType } from '@nrm/domain';

@ObjectType({ description: 'One area of a needs assessment, as recorded by a shelter.' })
export class NeedsAssessmentEntry {
  @Field(() => ID)
  id: string;

  @Field(() => AssessmentArea)
  area: AssessmentArea;

  @Field({ description: "The summary code of the area (assessmentAreas gives each area's codes and labels)" })
  summary: string;

  @Field(() => [LegalProblemType], { description: 'LEGAL with PROBLEMS_IDENTIFIED: the kinds of problem found' })
  legalProblems: LegalProblemType[];

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true, description: 'A disagreement within the team about this area, as recorded; null when the team agreed' })
  disagreement: string | null;

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

@ObjectType({ description: 'LEGAL: the legal and the pre-departure assessments' })
export class LegalRecord {
  @Field(() => [NeedsAssessmentEntry])
  assessments: NeedsAssessmentEntry[];
}

@ObjectType({ description: 'The security assessments: TRAFFICKING_EXPERIENCE (only the risk level they set is SUMMARY)' })
export class SecurityRecord {
  @Field(() => [NeedsAssessmentEntry])
  assessments: NeedsAssessmentEntry[];
}

@ObjectType({ description: 'The long-term accommodation assessments: CONTACT_LOCATION, where the person will live' })
export class AccommodationRecord {
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
