import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDateString, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CasePhase } from '@nrm/domain';
import { CaseRecord } from '../persons/case-record.model';

/** How a monitoring contact was made (docs/domain.md §2 step 7). */
export enum MonitoringMode {
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  OFFICE = 'OFFICE',
}
registerEnumType(MonitoringMode, { name: 'MonitoringMode' });

/** The areas of the person's life a monitoring contact covered. */
export enum MonitoringArea {
  FAMILY = 'FAMILY',
  RELATIONSHIPS = 'RELATIONSHIPS',
  HEALTH = 'HEALTH',
  EMOTIONS = 'EMOTIONS',
  LEGAL = 'LEGAL',
  EMPLOYMENT = 'EMPLOYMENT',
  EDUCATION = 'EDUCATION',
  ACTIVITIES = 'ACTIVITIES',
}
registerEnumType(MonitoringArea, { name: 'MonitoringArea' });

@InputType()
export class RecordMonitoringContactInput {
  @Field(() => ID)
  @IsUUID('all')
  caseId: string;

  @Field(() => MonitoringMode)
  @IsEnum(MonitoringMode)
  mode: MonitoringMode;

  @Field(() => [MonitoringArea])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ArrayUnique()
  @IsEnum(MonitoringArea, { each: true })
  areas: MonitoringArea[];

  @Field(() => String, { nullable: true, description: 'When the contact took place (ISO 8601); now when absent; never in the future' })
  @IsOptional()
  @IsDateString({ strict: true })
  contactedAt?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string | null;
}

@ObjectType({ description: 'One monitoring contact with the person, as recorded by the shelter' })
export class MonitoringContact extends CaseRecord {
  @Field(() => MonitoringMode)
  mode: MonitoringMode;

  @Field(() => [MonitoringArea])
  areas: MonitoringArea[];

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field()
  contactedAt: Date;

  @Field(() => CasePhase, { nullable: true, description: "The case's phase when the contact was recorded" })
  phase: CasePhase | null;

  @Field()
  recordedAt: Date;
}

@ObjectType({ description: 'A recorded contact and, with it, when the next one is due on the case' })
export class MonitoringContactRecorded {
  @Field(() => MonitoringContact)
  contact: MonitoringContact;

  @Field(() => Date, { nullable: true, description: "By the case's current phase and the configured cadence; null before the case has a phase" })
  nextContactDueAt: Date | null;
}
