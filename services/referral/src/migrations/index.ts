import { InitialSchema1764576000000 } from './1764576000000-initial-schema';
import { ReferralConsentWithdrawn1764748800000 } from './1764748800000-referral-consent-withdrawn';
import { AuditTrail1765180800000 } from './1765180800000-audit-trail';
import { AuditGrantee1765267200000 } from './1765267200000-audit-grantee';
import { AuditGranteeType1765353600000 } from './1765353600000-audit-grantee-type';
import { PersonAlias1765460000001 } from './1765460000001-person-alias';

export const migrations = [InitialSchema1764576000000, ReferralConsentWithdrawn1764748800000, AuditTrail1765180800000, AuditGrantee1765267200000, AuditGranteeType1765353600000, PersonAlias1765460000001];
