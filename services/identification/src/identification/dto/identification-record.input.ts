import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsISO8601, IsOptional, IsString, Matches } from 'class-validator';
import { IdentityDocumentType } from '@nrm/domain';
import { GraphQLDate } from '@nrm/graphql';
import { IsCountryCode, toUpperCase } from './input-rules';

/** How many identity documents one submission may name. */
export const MAX_IDENTITY_DOCUMENTS = 10;

const DOCUMENT_NUMBER_MESSAGE = 'must be 1 to 40 letters, digits, spaces or . / -';

/** One identity document of the person: IDENTITY data (docs/api.md, "Identity documents"). */
@InputType()
export class IdentityDocumentInput {
  @Field(() => IdentityDocumentType)
  @IsEnum(IdentityDocumentType, { message: `must be one of ${Object.values(IdentityDocumentType).join(', ')}` })
  type: IdentityDocumentType;

  @Field({ description: 'As printed on the document; letters, digits, spaces and . / -' })
  @IsString({ message: DOCUMENT_NUMBER_MESSAGE })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ./-]{0,39}$/, { message: DOCUMENT_NUMBER_MESSAGE })
  number: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, or XK (Kosovo); case-insensitive' })
  @IsOptional()
  @Transform(toUpperCase)
  @IsCountryCode({ message: 'must be an ISO 3166-1 alpha-2 code or XK' })
  issuingCountry?: string;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  expiresOn?: string;
}
