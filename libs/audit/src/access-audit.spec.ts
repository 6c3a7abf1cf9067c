import type { Principal } from '@nrm/auth';
import { AgencyType, ConsentPurpose, DataCategory, LegalBasis, Role } from '@nrm/domain';
import { accessAuditEntry, oversightAuditEntry } from './access-audit';
import { AuditAction } from './audit-entry';

const principal: Principal = {
  subject: 'sub-1',
  username: 'ra.officer',
  roles: [Role.RA_OFFICER],
  agencyId: 'responsible-authority',
  agencyType: AgencyType.RESPONSIBLE_AUTHORITY,
  clientId: 'nrm-cli',
  tokenId: undefined,
  expiresAt: new Date('2030-01-01T00:00:00Z'),
  correlationId: 'corr-1234',
};
const PERSON = '8f14e45f-ceea-467f-a0e6-0e9c6a4d1b2a';

describe('accessAuditEntry', () => {
  it('leaves out the recording agency reading what it recorded', () => {
    expect(accessAuditEntry(principal, PERSON, DataCategory.IDENTITY, { decision: 'ALLOWED', basis: LegalBasis.OWNER })).toBeNull();
  });

  it('records a read on a mandate with its basis', () => {
    expect(accessAuditEntry(principal, PERSON, DataCategory.IDENTITY, { decision: 'ALLOWED', basis: LegalBasis.LEGAL_MANDATE })).toEqual({
      actor: { subject: 'sub-1', username: 'ra.officer', agencyId: 'responsible-authority', role: 'ra_officer' },
      correlationId: 'corr-1234',
      personId: PERSON,
      categories: [DataCategory.IDENTITY],
      action: AuditAction.READ,
      basis: LegalBasis.LEGAL_MANDATE,
      decision: 'ALLOWED',
      permissionId: null,
      purpose: null,
    });
  });

  it('records the grant a consented read used, and its purpose', () => {
    const entry = accessAuditEntry(principal, PERSON, DataCategory.HEALTH, {
      decision: 'ALLOWED',
      basis: LegalBasis.CONSENT,
      permissionId: 'grant-1',
      purpose: ConsentPurpose.REFERRAL_ASSISTANCE,
    });
    expect(entry).toMatchObject({ basis: LegalBasis.CONSENT, permissionId: 'grant-1', purpose: 'REFERRAL_ASSISTANCE' });
  });

  it('records every denied attempt with its reason and no basis', () => {
    for (const code of ['FORBIDDEN', 'CONSENT_REQUIRED'] as const) {
      expect(accessAuditEntry(principal, PERSON, DataCategory.HEALTH, { decision: 'DENIED', code })).toMatchObject({
        decision: 'DENIED',
        basis: null,
        reason: code,
      });
    }
  });
});

describe('oversightAuditEntry', () => {
  it('records reading a person’s trail on the legal mandate, and a verification about no person with no basis', () => {
    expect(oversightAuditEntry(principal, { action: AuditAction.AUDIT_READ, personId: PERSON })).toMatchObject({
      personId: PERSON,
      categories: [],
      action: AuditAction.AUDIT_READ,
      basis: LegalBasis.LEGAL_MANDATE,
      decision: 'ALLOWED',
    });
    expect(oversightAuditEntry(principal, { action: AuditAction.AUDIT_VERIFY })).toMatchObject({
      personId: null,
      action: AuditAction.AUDIT_VERIFY,
      basis: null,
      decision: 'ALLOWED',
    });
  });
});
