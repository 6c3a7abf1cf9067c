import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { LegalHoldReasonCode } from '../legal-hold-reason';
import { DocumentLanguage, RequesterIdentityCheck, SubjectAccessRequester } from '../subject-access.enums';

/** The RA's own reference for the person's request (e.g. SAR-2026-0012): a code, never a name. */
const REQUEST_REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_./-]{0,63}$/;

@ArgsType()
export class PersonIdArgs {
  @Field(() => ID)
  @IsUUID('all')
  personId: string;
}

@ArgsType()
export class SetLegalHoldArgs extends PersonIdArgs {
  // A String argument, as clients send it; only the codes of LegalHoldReasonCode (legalHoldReasonCodes) are accepted.
  @Field(() => String, { description: 'A LegalHoldReasonCode such as CRIMINAL_PROCEEDINGS (see legalHoldReasonCodes); anything else is BAD_USER_INPUT' })
  @IsEnum(LegalHoldReasonCode)
  reasonCode: LegalHoldReasonCode;
}

@ArgsType()
export class ErasePersonDataArgs extends PersonIdArgs {
  @Field({ description: "The RA's reference for the person's request (e.g. SAR-2026-0012); never a name" })
  @Matches(REQUEST_REFERENCE_PATTERN)
  requestReference: string;
}

@ArgsType()
export class ExportPersonDataArgs extends PersonIdArgs {
  @Field({ description: "The reference of the person's subject access request, recorded with recordSubjectAccessRequest" })
  @Matches(REQUEST_REFERENCE_PATTERN)
  requestReference: string;
}

@InputType()
export class RecordSubjectAccessRequestInput {
  @Field(() => ID)
  @IsUUID('all')
  personId: string;

  @Field({ description: "The RA's reference for the request (e.g. SAR-2026-0012), unique; never a name" })
  @Matches(REQUEST_REFERENCE_PATTERN)
  requestReference: string;

  @Field(() => SubjectAccessRequester)
  @IsEnum(SubjectAccessRequester)
  requestedBy: SubjectAccessRequester;

  @Field(() => RequesterIdentityCheck, { description: 'A legal representative is checked by their mandate (LEGAL_REPRESENTATIVE_MANDATE_SEEN)' })
  @IsEnum(RequesterIdentityCheck)
  identityCheck: RequesterIdentityCheck;

  @Field(() => Date, { description: 'When the RA received the request; not in the future' })
  @IsDate()
  receivedAt: Date;

  @Field(() => DocumentLanguage, {
    nullable: true,
    description: "The language of the person's copy. By default Albanian if the person speaks it (their languages or the interview's) or no language is recorded, else English",
  })
  @IsOptional()
  @IsEnum(DocumentLanguage)
  language?: DocumentLanguage | null;
}
