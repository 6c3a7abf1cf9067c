import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class CreateReferralInput {
  @Field(() => ID)
  @IsUUID('all')
  personId: string;

  @Field(() => ID, { description: 'A provider from serviceProviders' })
  @IsUUID('all')
  providerId: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Urgent referrals have a shorter answer deadline' })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      "A transfer: the person's accepted referral this one replaces. Without it, a person with a pending or accepted referral cannot be referred again.",
  })
  @IsOptional()
  @IsUUID('all')
  transferFromReferralId?: string | null;
}
