import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { ReferralWithdrawalReason } from '@nrm/domain';

@InputType()
export class WithdrawReferralInput {
  @Field(() => ID)
  @IsUUID('all')
  referralId: string;

  @Field(() => ReferralWithdrawalReason, { description: 'A code, never free text about the person' })
  @IsEnum(ReferralWithdrawalReason)
  reason: ReferralWithdrawalReason;
}
