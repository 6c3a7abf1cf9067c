import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { EducationEmploymentRecord, FamilyRecord, HealthRecord, LegalRecord, PsychosocialRecord } from './person-records.model';

/**
 * The identification subgraph's Person, extended here with the shelter-record categories (docs/domain.md §3): health,
 * psychosocial, legal, family and educationEmployment are categories of the same person, served by this service under
 * the same access policy (PersonRecordsResolver). Every other field comes from the identification subgraph.
 *
 * This folder holds types only (no module): cases and records both point at the Person type, and records resolves its
 * fields, so the type sits below both and neither depends on the other through it.
 */
@ObjectType('Person')
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID)
  id: string;

  @Field(() => HealthRecord, { nullable: true })
  health?: HealthRecord | null;

  @Field(() => PsychosocialRecord, { nullable: true })
  psychosocial?: PsychosocialRecord | null;

  @Field(() => LegalRecord, { nullable: true })
  legal?: LegalRecord | null;

  @Field(() => FamilyRecord, { nullable: true })
  family?: FamilyRecord | null;

  @Field(() => EducationEmploymentRecord, { nullable: true })
  educationEmployment?: EducationEmploymentRecord | null;
}
