import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ResidencePermitType } from '../residence-permit-type';

@InputType()
export class StartReflectionPeriodInput {
  @Field(() => ID)
  @IsUUID('all')
  personId: string;

  @Field(() => Date, { nullable: true, description: 'Default: now' })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Calendar days; default and minimum REFLECTION_PERIOD_DAYS (30)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number | null;
}

@InputType()
export class RecordResidencePermitInput {
  @Field(() => ID)
  @IsUUID('all')
  personId: string;

  @Field(() => ResidencePermitType)
  @IsEnum(ResidencePermitType)
  type: ResidencePermitType;

  @Field(() => Date)
  @IsDate()
  issuedAt: Date;

  @Field(() => Date)
  @IsDate()
  expiresAt: Date;
}
