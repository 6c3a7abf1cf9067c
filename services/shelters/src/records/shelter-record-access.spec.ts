import { LegalBasis, DataCategory, Role } from '@nrm/domain';
import { evaluateAccess, type Permission, Relationship } from '@nrm/access-policy';

// A shelter record evaluated by the one policy: its owner is the shelter that wrote it, and the agency that recorded
// the identification holds the IDENTIFYING_AGENCY relationship (linked, owner of nothing here).
const now = new Date('2026-06-01T00:00:00Z');
const grant: Permission = { id: 'g1', kind: LegalBasis.CONSENT, granteeAgencyId: 'police-tirana', categories: [DataCategory.HEALTH], expiresAt: null, withdrawnAt: null };

function request(agencyId: string, roles: Role[], relationships: Relationship[] = [], permissions: Permission[] = []) {
  return { caller: { agencyId, roles }, subject: { isChild: false, recordingAgencyId: 'shelter-a' }, relationships, permissions, category: DataCategory.HEALTH, now };
}

describe('shelter-record policy', () => {
  it('the shelter that wrote the record reads it as OWNER', () => {
    expect(evaluateAccess(request('shelter-a', [Role.CASE_MANAGER], [Relationship.OPEN_CASE]))).toEqual({ decision: 'ALLOWED', basis: LegalBasis.OWNER });
  });
  it('the agency that recorded the identification needs consent, and reads with it', () => {
    const police = (permissions: Permission[] = []) => request('police-tirana', [Role.FIRST_RESPONDER], [Relationship.IDENTIFYING_AGENCY], permissions);
    expect(evaluateAccess(police())).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
    expect(evaluateAccess(police([grant]))).toMatchObject({ decision: 'ALLOWED', basis: LegalBasis.CONSENT });
    expect(evaluateAccess(police([{ ...grant, withdrawnAt: now }]))).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
  });
  it('no relationship → FORBIDDEN; the RA needs consent', () => {
    expect(evaluateAccess(request('shelter-b', [Role.CASE_MANAGER]))).toEqual({ decision: 'DENIED', code: 'FORBIDDEN' });
    expect(evaluateAccess(request('responsible-authority', [Role.RA_OFFICER]))).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
  });
});
