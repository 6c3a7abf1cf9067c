import { Field, ID, InputType, ObjectType, PickType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/** Who a complaint is addressed to (docs/domain.md §2 step 6). */
export enum ComplaintAddressee {
  /** The shelter's staff: its case managers and its programme manager. */
  STAFF = 'STAFF',
  /** The shelter's programme manager (shelter_head) only. */
  PROGRAMME_MANAGER = 'PROGRAMME_MANAGER',
  /** The regional state social service: never visible to the shelter's staff. */
  STATE_SOCIAL_SERVICE = 'STATE_SOCIAL_SERVICE',
}
registerEnumType(ComplaintAddressee, { name: 'ComplaintAddressee' });

export enum ComplaintChannel {
  WRITTEN = 'WRITTEN',
  VERBAL = 'VERBAL',
}
registerEnumType(ComplaintChannel, { name: 'ComplaintChannel' });

/** What the complaint is about: any aspect of the service. */
export enum ComplaintAspect {
  ACCOMMODATION = 'ACCOMMODATION',
  STAFF_CONDUCT = 'STAFF_CONDUCT',
  SERVICES = 'SERVICES',
  SAFETY = 'SAFETY',
  RULES = 'RULES',
  CONFIDENTIALITY = 'CONFIDENTIALITY',
  OTHER = 'OTHER',
}
registerEnumType(ComplaintAspect, { name: 'ComplaintAspect' });

export enum ComplaintOutcome {
  UPHELD = 'UPHELD',
  PARTLY_UPHELD = 'PARTLY_UPHELD',
  NOT_UPHELD = 'NOT_UPHELD',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ComplaintOutcome, { name: 'ComplaintOutcome' });

@InputType()
export class LodgeComplaintInput {
  @Field(() => ID, { nullable: true, description: 'The case of the person complaining; absent for an anonymous complaint' })
  @IsOptional()
  @IsUUID('all')
  caseId?: string | null;

  @Field({ description: 'True: no case and no person is recorded with the complaint' })
  @IsBoolean()
  anonymous: boolean;

  @Field(() => ComplaintChannel)
  @IsEnum(ComplaintChannel)
  channel: ComplaintChannel;

  @Field(() => ComplaintAddressee)
  @IsEnum(ComplaintAddressee)
  addressee: ComplaintAddressee;

  @Field(() => ComplaintAspect)
  @IsEnum(ComplaintAspect)
  aspect: ComplaintAspect;

  @Field({ description: 'The complaint in the words given (a verbal one as written down)' })
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  description: string;
}

@InputType()
export class RecordComplaintOutcomeInput {
  @Field(() => ID)
  @IsUUID('all')
  complaintId: string;

  @Field(() => ComplaintOutcome)
  @IsEnum(ComplaintOutcome)
  outcome: ComplaintOutcome;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  note?: string | null;
}

@ObjectType({ description: 'A complaint, as its addressee reads it' })
export class Complaint {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The shelter complained about' })
  shelterAgencyId: string;

  @Field(() => ID, { nullable: true })
  caseId: string | null;

  @Field(() => ID, { nullable: true })
  personId: string | null;

  @Field()
  anonymous: boolean;

  @Field(() => ComplaintChannel)
  channel: ComplaintChannel;

  @Field(() => ComplaintAddressee)
  addressee: ComplaintAddressee;

  @Field(() => ComplaintAspect)
  aspect: ComplaintAspect;

  @Field()
  description: string;

  @Field()
  lodgedAt: Date;

  @Field(() => ComplaintOutcome, { nullable: true })
  outcome: ComplaintOutcome | null;

  @Field(() => String, { nullable: true })
  outcomeNote: string | null;

  @Field(() => Date, { nullable: true })
  outcomeRecordedAt: Date | null;
}

@ObjectType({ description: 'What the one who lodged a complaint gets back: no content, so a complaint to the state social service stays out of the shelter' })
export class ComplaintReceipt extends PickType(Complaint, ['id', 'addressee', 'anonymous', 'lodgedAt'] as const, ObjectType) {}

export const MAX_COMPLAINTS_PAGE = 200;

