import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { ReferralDecision } from '@nrm/domain';

@InputType()
export class RespondToReferralInput {
  @Field(() => ID)
  @IsUUID('all')
  referralId: string;

  @Field(() => ReferralDecision)
  @IsEnum(ReferralDecision)
  decision: ReferralDecision;

  @Field(() => String, { nullable: true, description: 'Required to decline, so the Responsible Authority can re-route' })
  // A decline must say why; on an accept the reason is optional.
  @ValidateIf((input: RespondToReferralInput) => input.decision === ReferralDecision.DECLINE || (input.reason !== undefined && input.reason !== null))
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/)
  reason?: string | null;
}
