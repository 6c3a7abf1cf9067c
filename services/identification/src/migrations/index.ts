import { AgeVerificationClientRequest1765490000002 } from './1765490000002-age-verification-client-request';
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
import { AgeVerificationInterviewContinuation1765440000000 } from './1765440000000-age-verification-interview-continuation';
import { IdentificationDrafts1765440000002 } from './1765440000002-identification-drafts';
import { IdentificationRecord1765450000000 } from './1765450000000-identification-record';
import { SecurityRisk1765451000000 } from './1765451000000-security-risk';
import { PossibleDuplicates1765460000000 } from './1765460000000-possible-duplicates';
import { FormalIdentificationStatus1765470000000 } from './1765470000000-formal-identification-status';
import { OutboxKeepsHistory1765700000000 } from './1765700000000-outbox-keeps-history';

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
  AgeVerificationInterviewContinuation1765440000000,
  IdentificationDrafts1765440000002,
  IdentificationRecord1765450000000,
  SecurityRisk1765451000000,
  PossibleDuplicates1765460000000,
  FormalIdentificationStatus1765470000000,
  AgeVerificationClientRequest1765490000002,
  OutboxKeepsHistory1765700000000,
];
