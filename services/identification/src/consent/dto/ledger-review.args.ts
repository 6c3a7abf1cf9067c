import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { WRITTEN_REASON_MAX_LENGTH } from '../consent-rules';
import { ReviewOutcome } from '../review-outcome';

@InputType({ description: 'Which flagged grants or overrides to list' })
export class LedgerReviewFilter {
  @Field({ defaultValue: false, description: 'Only those not reviewed yet' })
  @IsBoolean()
  pendingReviewOnly: boolean = false;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  personId?: string | null;
}

/** The list queries' arguments: an ArgsType, so the filter is validated as its class (a bare nullable argument is not). */
@ArgsType()
export class LedgerReviewListArgs {
  @Field(() => LedgerReviewFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LedgerReviewFilter)
  filter?: LedgerReviewFilter | null;
}

@ArgsType()
export class ReviewArgs {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => ReviewOutcome)
  @IsEnum(ReviewOutcome)
  outcome: ReviewOutcome;

  @Field(() => String, { nullable: true, description: 'Optional written note; kept with the review, never in the audit trail' })
  @IsOptional()
  @IsString()
  @MaxLength(WRITTEN_REASON_MAX_LENGTH)
  note?: string | null;
}
