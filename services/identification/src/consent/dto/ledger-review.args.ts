import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
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
