import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID, Matches } from 'class-validator';

/** A code, never free text: the hold's reason must not carry details of the proceedings or the person. */
export const LEGAL_HOLD_REASON_PATTERN = /^[A-Z][A-Z0-9_]{1,63}$/;
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
  @Field({ description: 'A code such as CRIMINAL_PROCEEDINGS; never free text' })
  @Matches(LEGAL_HOLD_REASON_PATTERN)
  reasonCode: string;
}

@ArgsType()
export class ErasePersonDataArgs extends PersonIdArgs {
  @Field({ description: "The RA's reference for the person's request (e.g. SAR-2026-0012); never a name" })
  @Matches(REQUEST_REFERENCE_PATTERN)
  requestReference: string;
}
