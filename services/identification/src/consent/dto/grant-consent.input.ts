import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsDate, IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { AgencyType, ConsentGiver, ConsentPurpose, DataCategory } from '@nrm/domain';
import { AGENCY_ID_PATTERN, EVIDENCE_REFERENCE_PATTERN } from '../consent-rules';

@InputType()
export class GrantConsentInput {
  @Field(() => ID)
  @IsUUID('all')
  personId: string;

  @Field(() => ID, { nullable: true, description: 'The receiving agency the consent names; exactly one of this and granteeAgencyType' })
  @IsOptional()
  @Matches(AGENCY_ID_PATTERN)
  granteeAgencyId?: string | null;

  @Field(() => AgencyType, {
    nullable: true,
    description: "Every agency of this type receives the consent (never the recorder's own agency); exactly one of this and granteeAgencyId",
  })
  @IsOptional()
  @IsEnum(AgencyType)
  granteeAgencyType?: AgencyType | null;

  @Field(() => ConsentPurpose)
  @IsEnum(ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => [DataCategory], { description: 'SUMMARY alone opens nothing new, but is accepted' })
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(Object.values(DataCategory).length)
  @IsEnum(DataCategory, { each: true })
  categories: DataCategory[];

  @Field(() => ConsentGiver, { description: "For a child: GUARDIAN, or CHILD_PROTECTION_WORKER in the child's best interest" })
  @IsEnum(ConsentGiver)
  givenBy: ConsentGiver;

  @Field({ description: "The signed consent form's reference (e.g. CF-2026-0042): letters, digits, . _ / -; never a name" })
  @Matches(EVIDENCE_REFERENCE_PATTERN)
  evidenceReference: string;

  @Field(() => Date, { nullable: true, description: 'Optional; must be in the future. The grant stops working at this instant.' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}
