import { DataCategory, LegalBasis, Role } from '@nrm/domain';
import { type AccessRequest, evaluateAccess, type Permission } from './evaluate';
import { Relationship } from './policy';

const now = new Date('2026-11-29T12:00:00Z');
const base: AccessRequest = {
  caller: { agencyId: 'shelter-a', roles: [Role.CASE_MANAGER] },
  subject: { isChild: false, recordingAgencyId: 'police-tirana' },
  relationships: [],
  permissions: [],
  category: DataCategory.IDENTITY,
  now,
};
const consent = (overrides: Partial<Permission> = {}): Permission => ({
  id: 'grant-1',
  kind: LegalBasis.CONSENT,
  granteeAgencyId: 'shelter-a',
  categories: [DataCategory.IDENTITY],
  expiresAt: null,
  withdrawnAt: null,
  ...overrides,
});

describe('evaluateAccess', () => {
  it('forbids an agency with no relationship, even with a grant', () => {
    expect(evaluateAccess({ ...base, permissions: [consent()] })).toEqual({ decision: 'DENIED', code: 'FORBIDDEN' });
  });
  it('shows only the summary to a provider with a pending referral', () => {
    const request = { ...base, relationships: [Relationship.PENDING_REFERRAL] };
    expect(evaluateAccess({ ...request, category: DataCategory.SUMMARY })).toEqual({ decision: 'ALLOWED', basis: LegalBasis.LEGAL_MANDATE });
    expect(evaluateAccess({ ...request, permissions: [consent()] })).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
  });
  it('opens a consented category after acceptance', () => {
    const request = { ...base, relationships: [Relationship.ACCEPTED_REFERRAL], permissions: [consent()] };
    expect(evaluateAccess(request)).toEqual({ decision: 'ALLOWED', basis: LegalBasis.CONSENT, permissionId: 'grant-1' });
  });
  it('stops honouring a grant at its expiry and after withdrawal', () => {
    const request = { ...base, relationships: [Relationship.ACCEPTED_REFERRAL] };
    expect(evaluateAccess({ ...request, permissions: [consent({ expiresAt: now })] }).decision).toBe('DENIED');
    expect(evaluateAccess({ ...request, permissions: [consent({ withdrawnAt: now })] }).decision).toBe('DENIED');
  });
  it('lets the recording agency see everything it recorded as owner', () => {
    expect(evaluateAccess({ ...base, caller: { agencyId: 'police-tirana', roles: [Role.FIRST_RESPONDER] } })).toEqual({
      decision: 'ALLOWED',
      basis: LegalBasis.OWNER,
    });
  });
  it('gives the RA the initial identification by mandate but not shelter health records', () => {
    const ra = { ...base, caller: { agencyId: 'responsible-authority', roles: [Role.RA_OFFICER] } };
    expect(evaluateAccess(ra).decision).toBe('ALLOWED');
    expect(evaluateAccess({ ...ra, category: DataCategory.HEALTH })).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
  });
  it('gives the child protection mandate only for a child', () => {
    const cpu = { ...base, caller: { agencyId: 'cpu-tirana', roles: [Role.CHILD_PROTECTION_WORKER] }, relationships: [Relationship.CHILD_PROTECTION_MANDATE] };
    expect(evaluateAccess({ ...cpu, subject: { ...cpu.subject, isChild: true } }).decision).toBe('ALLOWED');
    expect(evaluateAccess(cpu)).toEqual({ decision: 'DENIED', code: 'FORBIDDEN' });
  });
  it('never lets the national coordinator see a person', () => {
    const request = { ...base, caller: { agencyId: 'police-tirana', roles: [Role.NATIONAL_COORDINATOR] }, category: DataCategory.SUMMARY };
    expect(evaluateAccess(request)).toEqual({ decision: 'DENIED', code: 'FORBIDDEN' });
  });
});
