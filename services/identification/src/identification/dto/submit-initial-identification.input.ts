import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AgeBasis, EntryRoute, ExploitationType, ImmediateNeed, MeansOfControl, PlaceOfExploitation, RecruiterRelation, Sex, Venue } from '@nrm/domain';
import { GraphQLDate } from '@nrm/graphql';
import { MAX_PLAUSIBLE_AGE_YEARS } from '../date-of-birth.rules';
import { IdentityDocumentInput, MAX_IDENTITY_DOCUMENTS } from './identification-record.input';
import { IsCountryCode, REGION_CODE, toUpperCase } from './input-rules';

/** The bases a submission may name; UNKNOWN is what no age at all means, never something to claim. */
const SUBMITTED_AGE_BASES = [AgeBasis.DOCUMENTED, AgeBasis.STATED, AgeBasis.ESTIMATED, AgeBasis.DISPUTED];

@InputType()
export class PersonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  givenName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  familyName?: string;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  dateOfBirth?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: `must be a whole number of years from 0 to ${MAX_PLAUSIBLE_AGE_YEARS}` })
  @Min(0, { message: `must be a whole number of years from 0 to ${MAX_PLAUSIBLE_AGE_YEARS}` })
  @Max(MAX_PLAUSIBLE_AGE_YEARS, { message: `must be a whole number of years from 0 to ${MAX_PLAUSIBLE_AGE_YEARS}` })
  estimatedAge?: number;

  @Field(() => AgeBasis, {
    nullable: true,
    description:
      'How the age is known. Left out: STATED with a dateOfBirth, ESTIMATED with only an estimatedAge. An estimate up to the margin (default 20), DISPUTED or no age at all gives the child pathway until the RA verifies the age. UNKNOWN is not sent: it is what no age means.',
  })
  @IsOptional()
  @IsIn(SUBMITTED_AGE_BASES, { message: `must be one of ${SUBMITTED_AGE_BASES.join(', ')}` })
  ageBasis?: AgeBasis;

  @Field(() => Sex)
  @IsEnum(Sex, { message: `must be one of ${Object.values(Sex).join(', ')}` })
  sex: Sex;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes, or XK (Kosovo); case-insensitive' })
  @Transform(toUpperCase)
  @ArrayMaxSize(5, { message: 'must hold at most 5 codes' })
  @ArrayUnique({ message: 'must not repeat a code' })
  @IsCountryCode({ each: true, message: 'must be ISO 3166-1 alpha-2 codes or XK' })
  citizenship: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 language codes' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'must hold at most 10 codes' })
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'must be ISO 639-1 language codes in lower case, e.g. sq' })
  languages?: string[];

  @Field(() => [IdentityDocumentInput], { nullable: true, description: 'IDENTITY: the identity documents the person holds or held' })
  @IsOptional()
  @ArrayMaxSize(MAX_IDENTITY_DOCUMENTS, { message: `must hold at most ${MAX_IDENTITY_DOCUMENTS} documents` })
  @ValidateNested({ each: true, message: 'must be objects' })
  @Type(() => IdentityDocumentInput)
  documents?: IdentityDocumentInput[];
}

@InputType()
export class InterviewInput {
  @Field({ description: 'Without consent the person is free to go and only an anonymous notification is kept' })
  @IsBoolean({ message: 'must be true or false' })
  consentToInterview: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/, { message: 'must be an ISO 639-1 language code in lower case, e.g. sq' })
  language?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  interpreterUsed?: boolean;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  privateSetting?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  guardianPresent?: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'Interview suspended or ended for acute distress' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  suspendedForDistress?: boolean;
}

@InputType()
export class SubmitInitialIdentificationInput {
  @Field(() => ID, {
    description: 'Chosen by the client, per agency: the same submission again returns the same record; a different submission with it is CONFLICT',
  })
  @IsString({ message: 'must be 8 to 100 letters, digits or . _ : -' })
  @Matches(/^[A-Za-z0-9._:-]{8,100}$/, { message: 'must be 8 to 100 letters, digits or . _ : -' })
  clientRequestId: string;

  @Field(() => PersonInput)
  @ValidateNested({ message: 'must be an object' })
  @Type(() => PersonInput)
  person: PersonInput;

  @Field(() => Venue)
  @IsEnum(Venue, { message: `must be one of ${Object.values(Venue).join(', ')}` })
  venue: Venue;

  @Field({ description: 'A code of the regions query, case-insensitive' })
  @Transform(toUpperCase)
  @IsString({ message: 'must be a region code' })
  @Matches(REGION_CODE, { message: 'must be one of the codes the regions query lists' })
  region: string;

  @Field(() => [String])
  @ArrayMaxSize(100, { message: 'must hold at most 100 codes' })
  @ArrayUnique({ message: 'must not repeat a code' })
  @IsString({ each: true, message: 'must be codes the indicatorCatalog query lists' })
  @MaxLength(60, { each: true, message: 'must be codes the indicatorCatalog query lists' })
  indicatorCodes: string[];

  @Field(() => [ExploitationType])
  @ArrayUnique({ message: 'must not repeat a type' })
  @IsEnum(ExploitationType, { each: true, message: `must be values of ${Object.values(ExploitationType).join(', ')}` })
  exploitationTypes: ExploitationType[];

  @Field(() => InterviewInput)
  @ValidateNested({ message: 'must be an object' })
  @Type(() => InterviewInput)
  interview: InterviewInput;

  @Field(() => [ImmediateNeed])
  @ArrayUnique({ message: 'must not repeat a need' })
  @IsEnum(ImmediateNeed, { each: true, message: `must be values of ${Object.values(ImmediateNeed).join(', ')}` })
  immediateNeeds: ImmediateNeed[];

  // What the trafficking experience and the way in record beyond the first path (docs/api.md, "Means of control,
  // entry routes and place of exploitation"); every one optional, so earlier clients' submissions hash as before.
  @Field(() => [MeansOfControl], { nullable: true, description: 'TRAFFICKING_EXPERIENCE: how the person was controlled' })
  @IsOptional()
  @ArrayUnique({ message: 'must not repeat a means' })
  @IsEnum(MeansOfControl, { each: true, message: `must be values of ${Object.values(MeansOfControl).join(', ')}` })
  meansOfControl?: MeansOfControl[];

  @Field(() => RecruiterRelation, { nullable: true, description: "TRAFFICKING_EXPERIENCE: the recruiter's relation to the person" })
  @IsOptional()
  @IsEnum(RecruiterRelation, { message: `must be one of ${Object.values(RecruiterRelation).join(', ')}` })
  recruiterRelation?: RecruiterRelation;

  @Field(() => EntryRoute, { nullable: true, description: 'How the person came to the NRM; FIRST_RESPONDER when not given' })
  @IsOptional()
  @IsEnum(EntryRoute, { message: `must be one of ${Object.values(EntryRoute).join(', ')}` })
  entryRoute?: EntryRoute;

  @Field(() => PlaceOfExploitation, { nullable: true, description: 'Where the exploitation took place; null when not known' })
  @IsOptional()
  @IsEnum(PlaceOfExploitation, { message: `must be one of ${Object.values(PlaceOfExploitation).join(', ')}` })
  placeOfExploitation?: PlaceOfExploitation;
}
