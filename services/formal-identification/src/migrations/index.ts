import { FormalIdentificationInitialSchema1764403200000 } from './1764403200000-initial-schema';
import { FormalIdentificationAuditTrail1765180800000 } from './1765180800000-audit-trail';
import { AuditGrantee1765267200000 } from './1765267200000-audit-grantee';
import { AuditGranteeType1765353600000 } from './1765353600000-audit-grantee-type';
import { FormalIdentificationWorkflow1765470000001 } from './1765470000001-formal-identification-workflow';
import { FormalIdentificationPersonAlias1765490000001 } from './1765490000001-person-alias';
import { OutboxKeepsHistory1765700000000 } from './1765700000000-outbox-keeps-history';

export const migrations = [
  FormalIdentificationInitialSchema1764403200000,
  FormalIdentificationAuditTrail1765180800000,
  AuditGrantee1765267200000,
  AuditGranteeType1765353600000,
  FormalIdentificationWorkflow1765470000001,
  FormalIdentificationPersonAlias1765490000001,
  OutboxKeepsHistory1765700000000,
];
