import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { IdentificationStatus } from '@nrm/domain';
import { PageArgs } from '@nrm/graphql';

@InputType()
class InitialIdentificationFilter {
  @Field(() => IdentificationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(IdentificationStatus)
  status?: IdentificationStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z_]{2,40}$/)
  region?: string;
}

@ArgsType()
export class InitialIdentificationsArgs extends PageArgs {
  @Field(() => InitialIdentificationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InitialIdentificationFilter)
  filter?: InitialIdentificationFilter;
}
