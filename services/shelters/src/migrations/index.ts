import { InitialSchema1764576000000 } from './1764576000000-initial-schema';
import { CasePersonErased1764835200000 } from './1764835200000-case-person-erased';
import { ShelterRecords1764921600000 } from './1764921600000-shelter-records';
import { AuditGrantee1765180800000 } from './1765180800000-audit-grantee';
import { AuditGranteeType1765353600000 } from './1765353600000-audit-grantee-type';
import { PersonAlias1765460000002 } from './1765460000002-person-alias';
import { LegalProblems1765480100000 } from './1765480100000-legal-problems';
import { CaseTrack1765495000000 } from './1765495000000-case-track';
import { ReintegrationMonitoringComplaints1765500000001 } from './1765500000001-reintegration-monitoring-complaints';
import { AssessmentDisagreement1765550000000 } from './1765550000000-assessment-disagreement';
import { OutboxKeepsHistory1765700000000 } from './1765700000000-outbox-keeps-history';
import { NeedsAssessmentCaseAreas1765750000000 } from './1765750000000-needs-assessment-case-areas';

export const migrations = [
  InitialSchema1764576000000, CasePersonErased1764835200000, ShelterRecords1764921600000, AuditGrantee1765180800000, AuditGranteeType1765353600000,
  PersonAlias1765460000002, LegalProblems1765480100000, CaseTrack1765495000000, ReintegrationMonitoringComplaints1765500000001,
  AssessmentDisagreement1765550000000, OutboxKeepsHistory1765700000000, NeedsAssessmentCaseAreas1765750000000,
];
