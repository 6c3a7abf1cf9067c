import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { IdentificationStatus } from '@nrm/domain';
import { PageArgs } from '@nrm/graphql';
import { REGION_CODE, toUpperCase } from './input-rules';

@InputType()
class InitialIdentificationFilter {
  @Field(() => IdentificationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(IdentificationStatus, { message: `must be one of ${Object.values(IdentificationStatus).join(', ')}` })
  status?: IdentificationStatus;

  @Field(() => String, { nullable: true, description: 'A code of the regions query, case-insensitive' })
  @IsOptional()
  @Transform(toUpperCase)
  @Matches(REGION_CODE, { message: 'must be one of the codes the regions query lists' })
  region?: string;
}

@ArgsType()
export class InitialIdentificationsArgs extends PageArgs {
  @Field(() => InitialIdentificationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested({ message: 'must be an object' })
  @Type(() => InitialIdentificationFilter)
  filter?: InitialIdentificationFilter;
}
