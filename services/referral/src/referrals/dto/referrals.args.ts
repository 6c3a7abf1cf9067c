import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ReferralStatus } from '@nrm/domain';
import { PageArgs } from '@nrm/graphql';

@InputType()
export class ReferralFilter {
  @Field(() => ReferralStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralStatus)
  status?: ReferralStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  personId?: string;
}

@ArgsType()
export class ReferralsArgs extends PageArgs {
  @Field(() => ReferralFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralFilter)
  filter?: ReferralFilter;
}
