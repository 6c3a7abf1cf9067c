import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { DEFAULT_LEGAL_HOLD_LOCALE, LEGAL_HOLD_REASON_LABELS, LegalHoldReason, LegalHoldReasonCode } from './legal-hold-reason';

@Resolver(() => LegalHoldReason)
export class LegalHoldReasonResolver {
  @Query(() => [LegalHoldReason], { description: 'The codes setLegalHold accepts, with labels in the locale (English when it has none)' })
  @Roles(Role.RA_OFFICER, Role.RA_HEAD)
  legalHoldReasonCodes(
    @Args('locale', { type: () => String, nullable: true, defaultValue: DEFAULT_LEGAL_HOLD_LOCALE }) locale: string,
  ): LegalHoldReason[] {
    return Object.values(LegalHoldReasonCode).map((code) => ({
      code,
      label: LEGAL_HOLD_REASON_LABELS[code][locale] ?? LEGAL_HOLD_REASON_LABELS[code][DEFAULT_LEGAL_HOLD_LOCALE] ?? code,
    }));
  }
}
