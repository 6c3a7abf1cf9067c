import { InitialSchema1764403200000 } from './1764403200000-initial-schema';
import { ConsentLedger1764489600000 } from './1764489600000-consent-ledger';
import { AuditTrail1764576000000 } from './1764576000000-audit-trail';
import { PersonRights1764835200000 } from './1764835200000-person-rights';
import { ConsentReview1764923100000 } from './1764923100000-consent-review';
import { Directory1764950400000 } from './1764950400000-directory';
import { SubjectAccessRequests1765094400000 } from './1765094400000-subject-access-requests';
import { AuditGrantee1765180800000 } from './1765180800000-audit-grantee';
import { ConsentGrantAgencyType1765267200000 } from './1765267200000-consent-grant-agency-type';
import { AuditGranteeType1765353600000 } from './1765353600000-audit-grantee-type';
import { PossibleDuplicates1765460000000 } from './1765460000000-possible-duplicates';

export const migrations = [
  InitialSchema1764403200000,
  ConsentLedger1764489600000,
  AuditTrail1764576000000,
  PersonRights1764835200000,
  ConsentReview1764923100000,
  Directory1764950400000,
  SubjectAccessRequests1765094400000,
  AuditGrantee1765180800000,
  ConsentGrantAgencyType1765267200000,
  AuditGranteeType1765353600000,
  PossibleDuplicates1765460000000,
];
