import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { AgencyType, Role, TeamFunction } from '@nrm/domain';

@InputType()
export class AgencyFilter {
  @Field(() => AgencyType, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyType)
  type?: AgencyType;

  @Field(() => String, { nullable: true, description: 'Region code, case-insensitive' })
  @IsOptional()
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,31}$/)
  region?: string;
}

@ArgsType()
export class AgenciesArgs {
  @Field(() => AgencyFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgencyFilter)
  filter?: AgencyFilter;

  @Field(() => String, { nullable: true, defaultValue: 'en' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/)
  locale?: string;
}

@InputType()
export class DirectoryUserFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  agencyId?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => TeamFunction, { nullable: true })
  @IsOptional()
  @IsEnum(TeamFunction)
  teamFunction?: TeamFunction;
}

@ArgsType()
export class DirectoryUsersArgs {
  @Field(() => DirectoryUserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DirectoryUserFilter)
  filter?: DirectoryUserFilter;
}
