import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsUUID, Matches } from 'class-validator';
import { LegalHoldReasonCode } from '../legal-hold-reason';

/** The RA's own reference for the person's request (e.g. SAR-2026-0012): a code, never a name. */
export const REQUEST_REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_./-]{0,63}$/;

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
