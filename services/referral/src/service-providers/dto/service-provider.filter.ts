import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { ServedGroup } from '@nrm/domain';

@InputType()
export class ServiceProviderFilter {
  @Field(() => [ServedGroup], { nullable: true, description: 'Providers that serve every one of these groups' })
  @IsOptional()
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsEnum(ServedGroup, { each: true })
  serves?: ServedGroup[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z_]{2,40}$/)
  region?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only authorised providers (the only ones a referral may go to)' })
  @IsOptional()
  @IsBoolean()
  authorisedOnly?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only providers with at least one place free' })
  @IsOptional()
  @IsBoolean()
  withPlacesFree?: boolean;
}

@ArgsType()
export class ServiceProvidersArgs {
  @Field(() => ServiceProviderFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceProviderFilter)
  filter?: ServiceProviderFilter;
}
