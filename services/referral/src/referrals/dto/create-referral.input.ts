import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';

@InputType({ description: 'An over-capacity agreement with a full provider (docs/api.md, "Referrals"): references only, no free text about the person' })
export class OverCapacityAgreementInput {
  @Field({ description: "The agreement's reference, e.g. the RA's protocol number: 1 to 64 letters, digits, '/', '-', '_' or '.'" })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9/_.-]{0,63}$/, {
    message: "overCapacityAgreement.reference must be a reference of 1 to 64 letters, digits, '/', '-', '_' or '.', starting with a letter or digit",
  })
  reference: string;

  @Field(() => ID, { description: "The provider's agency id the agreement was made with: the referred provider's agencyId" })
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: "overCapacityAgreement.agreedWith must be the referred provider's agencyId, e.g. shelter-a" })
  agreedWith: string;
}

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

  @Field(() => [ID], {
    nullable: true,
    description: 'The providers offered to the person (from providerMatches); the person chose providerId, which must be among them. Defaults to [providerId]',
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'optionsOffered must list 1 to 20 distinct provider ids, providerId among them' })
  @ArrayUnique({ message: 'optionsOffered must list 1 to 20 distinct provider ids, providerId among them' })
  @IsUUID('all', { each: true, message: 'optionsOffered must list provider ids of serviceProviders' })
  optionsOffered?: string[] | null;

  @Field(() => OverCapacityAgreementInput, {
    nullable: true,
    description: 'Lets the RA refer to a provider with no place free; its acceptance may then take a place beyond the total',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OverCapacityAgreementInput)
  overCapacityAgreement?: OverCapacityAgreementInput | null;
}
