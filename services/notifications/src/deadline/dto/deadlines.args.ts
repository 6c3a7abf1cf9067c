import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@nrm/graphql';
import { NRM_REFERENCE } from '@nrm/service-kit';
import { DeadlineState } from '../deadline-kind';

@InputType()
export class DeadlineFilter {
  @Field({ nullable: true, description: 'One person: their NRM reference' })
  @IsOptional()
  @Matches(NRM_REFERENCE)
  subjectRef?: string;

  @Field(() => DeadlineState, { nullable: true })
  @IsOptional()
  @IsEnum(DeadlineState)
  state?: DeadlineState;

  @Field(() => Boolean, { nullable: true, description: 'Only those past due: escalated, or open past their due time' })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean;

  @Field({ nullable: true, description: "The owning agency's; only the Responsible Authority may name another agency than its own" })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  agencyId?: string;
}

@ArgsType()
export class DeadlinesArgs extends PageArgs {
  @Field(() => DeadlineFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeadlineFilter)
  filter?: DeadlineFilter;
}
