import { InitialSchema1764576000000 } from './1764576000000-initial-schema';
import { ReferralConsentWithdrawn1764748800000 } from './1764748800000-referral-consent-withdrawn';
import { AuditTrail1765180800000 } from './1765180800000-audit-trail';
import { AuditGrantee1765267200000 } from './1765267200000-audit-grantee';
import { AuditGranteeType1765353600000 } from './1765353600000-audit-grantee-type';
import { PersonRefInterviewConsent1765440000001 } from './1765440000001-person-ref-interview-consent';
import { PersonAlias1765460000001 } from './1765460000001-person-alias';
import { OneLivePlacement1765480000000 } from './1765480000000-one-live-placement';
import { ProviderDirectory1765505000000 } from './1765505000000-provider-directory';
import { OutboxKeepsHistory1765700000000 } from './1765700000000-outbox-keeps-history';

export const migrations = [
  InitialSchema1764576000000, ReferralConsentWithdrawn1764748800000, AuditTrail1765180800000, AuditGrantee1765267200000, AuditGranteeType1765353600000,
  PersonRefInterviewConsent1765440000001, PersonAlias1765460000001, OneLivePlacement1765480000000, ProviderDirectory1765505000000, OutboxKeepsHistory1765700000000,
];
