import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AssessmentArea } from '@nrm/domain';
import { CaseRecord } from '../persons/case-record.model';

/** Who is responsible for an action of the plan (docs/domain.md §2 step 5). */
export enum PlanResponsibleKind {
  TEAM_MEMBER = 'TEAM_MEMBER',
  PERSON = 'PERSON',
}
registerEnumType(PlanResponsibleKind, { name: 'PlanResponsibleKind' });

/** Who signs a reintegration plan version: the person, the case manager and, for a child, a parent or guardian. */
export enum PlanSignatory {
  PERSON = 'PERSON',
  CASE_MANAGER = 'CASE_MANAGER',
  GUARDIAN = 'GUARDIAN',
}
registerEnumType(PlanSignatory, { name: 'PlanSignatory' });

export enum PlanVersionStatus {
  /** No signature yet: saving changes this version. */
  DRAFT = 'DRAFT',
  /** Some signatures, not all: locked, a change makes a new version. */
  AWAITING_SIGNATURES = 'AWAITING_SIGNATURES',
  /** Every required signature: locked. */
  SIGNED = 'SIGNED',
}
registerEnumType(PlanVersionStatus, { name: 'PlanVersionStatus' });

@InputType()
export class PlanActionInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  description: string;

  @Field(() => PlanResponsibleKind)
  @IsEnum(PlanResponsibleKind)
  responsible: PlanResponsibleKind;

  @Field(() => ID, { nullable: true, description: 'TEAM_MEMBER: the user id of the team member (directory); PERSON: none' })
  @IsOptional()
  @IsUUID('all')
  responsibleUserId?: string | null;

  @Field({ description: 'ISO 8601 date (YYYY-MM-DD) the action is reviewed on' })
  @IsDateString({ strict: true })
  @MaxLength(10)
  @MinLength(10)
  reviewDate: string;

  @Field({ description: 'How success is recognised' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  successIndicator: string;
}

@InputType()
export class PlanObjectiveInput {
  @Field(() => AssessmentArea)
  @IsEnum(AssessmentArea)
  area: AssessmentArea;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  objective: string;

  @Field(() => [PlanActionInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlanActionInput)
  actions: PlanActionInput[];
}

@InputType()
export class SaveReintegrationPlanInput {
  @Field(() => ID)
  @IsUUID('all')
  caseId: string;

  @Field(() => [PlanObjectiveInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlanObjectiveInput)
  objectives: PlanObjectiveInput[];
}

@InputType()
export class SignReintegrationPlanInput {
  @Field(() => ID)
  @IsUUID('all')
  caseId: string;

  @Field(() => Int, { description: 'The version being signed: only the latest version of the case can be signed' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => PlanSignatory)
  @IsEnum(PlanSignatory)
  signatory: PlanSignatory;
}

@ObjectType()
export class PlanAction {
  @Field()
  description: string;

  @Field(() => PlanResponsibleKind)
  responsible: PlanResponsibleKind;

  @Field(() => ID, { nullable: true })
  responsibleUserId: string | null;

  @Field()
  reviewDate: string;

  @Field()
  successIndicator: string;
}

@ObjectType()
export class PlanObjective {
  @Field(() => AssessmentArea)
  area: AssessmentArea;

  @Field()
  objective: string;

  @Field(() => [PlanAction])
  actions: PlanAction[];
}

@ObjectType({ description: 'One version of a reintegration plan; a version with any signature is locked' })
export class ReintegrationPlanVersion extends CaseRecord {
  @Field(() => Int)
  version: number;

  @Field(() => PlanVersionStatus)
  status: PlanVersionStatus;

  @Field(() => [PlanObjective])
  objectives: PlanObjective[];

  @Field({ description: 'A parent or guardian must sign: the person is a child' })
  guardianRequired: boolean;

  @Field(() => Date, { nullable: true })
  personSignedAt: Date | null;

  @Field(() => Date, { nullable: true })
  caseManagerSignedAt: Date | null;

  @Field(() => Date, { nullable: true })
  guardianSignedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the last required signature made it SIGNED' })
  signedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

/** The language a reintegration plan is printed in (labels in plan-pdf.labels.ts). */
export enum PlanPdfLocale {
  EN = 'en',
  SQ = 'sq',
}
registerEnumType(PlanPdfLocale, { name: 'PlanPdfLocale', description: 'EN (English) or SQ (Albanian)' });

@ObjectType({ description: 'A printable document, whole, in the answer: the bytes base64-encoded. Not kept by the platform.' })
export class ReintegrationPlanPdf {
  @Field({ description: 'reintegration-plan-<case reference>-v<version>.pdf' })
  filename: string;

  @Field({ description: 'application/pdf' })
  contentType: string;

  @Field({ description: 'The PDF, base64 (RFC 4648)' })
  base64: string;
}
