import { Field, ObjectType } from '@nestjs/graphql';
import { AssessmentArea, DataCategory, LegalProblemType } from '@nrm/domain';

@ObjectType({ description: 'A code and its label in the requested locale' })
export class LabelledCode {
  @Field()
  code: string;

  @Field({ description: 'Label in the requested locale (en, sq); English for any other' })
  label: string;
}

@ObjectType({ description: 'A needs-assessment area (docs/domain.md §2 step 4): its summary codes, and the category its entries belong to' })
export class AssessmentAreaInfo {
  @Field(() => AssessmentArea)
  area: AssessmentArea;

  @Field()
  label: string;

  @Field(() => DataCategory, { description: 'The Person category whose policy serves this area’s entries' })
  category: DataCategory;

  @Field(() => [LabelledCode], { description: 'The one summary category an assessment of this area ends in' })
  summaryCodes: LabelledCode[];
}

@ObjectType({ description: 'A kind of legal problem a LEGAL assessment with PROBLEMS_IDENTIFIED names' })
export class LegalProblemInfo {
  @Field(() => LegalProblemType)
  code: LegalProblemType;

  @Field()
  label: string;
}
