import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@nrm/graphql';
import { FailedJobsFilter } from './failed-job.model';

@ArgsType()
export class FailedJobsArgs extends PageArgs {
  @Field(() => FailedJobsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FailedJobsFilter)
  filter?: FailedJobsFilter;
}

@ArgsType()
export class RetryFailedJobArgs {
  @Field()
  @IsString()
  @MaxLength(40)
  service: string;

  @Field()
  @IsString()
  @MaxLength(80)
  queue: string;

  @Field()
  @Matches(/^[A-Za-z0-9:_-]{1,80}$/)
  id: string;
}
