import { AgencyType, ConsentPurpose, DataCategory, LegalBasis, Role } from '@nrm/domain';
import { type AccessRequest, evaluateAccess, type Permission, Relationship } from '@nrm/access-policy';

// A shelter record evaluated by the one policy: its owner is the shelter that wrote it, and the agency that recorded
// the identification holds the IDENTIFYING_AGENCY relationship (linked, owner of nothing here).
const now = new Date('2026-06-01T00:00:00Z');
const grant: Permission = {
  id: 'g1',
  kind: LegalBasis.CONSENT,
  granteeAgencyId: 'police-tirana',
  categories: [DataCategory.HEALTH],
  purpose: ConsentPurpose.LAW_ENFORCEMENT_COOPERATION,
  expiresAt: null,
  withdrawnAt: null,
};

function request(
  agencyId: string,
  agencyType: AgencyType,
  roles: Role[],
  relationships: Relationship[] = [],
  permissions: Permission[] = [],
): AccessRequest {
  return {
    caller: { agencyId, agencyType, roles },
    subject: { isChild: false, recordingAgencyId: 'shelter-a' },
    relationships,
    permissions,
    category: DataCategory.HEALTH,
    now,
  };
}

describe('shelter-record policy', () => {
  const police = (permissions: Permission[] = []) => request('police-tirana', AgencyType.STATE_POLICE, [Role.FIRST_RESPONDER], [Relationship.IDENTIFYING_AGENCY], permissions);

  it('the shelter that wrote the record reads it as OWNER', () => {
    expect(evaluateAccess(request('shelter-a', AgencyType.SHELTER_NGO, [Role.CASE_MANAGER], [Relationship.OPEN_CASE]))).toEqual({
      decision: 'ALLOWED',
      basis: LegalBasis.OWNER,
    });
  });
  it('the police who recorded the identification need a grant for law-enforcement cooperation, and read with it until withdrawn', () => {
    expect(evaluateAccess(police())).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
    expect(evaluateAccess(police([grant]))).toMatchObject({ decision: 'ALLOWED', basis: LegalBasis.CONSENT });
    expect(evaluateAccess(police([{ ...grant, withdrawnAt: now }]))).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
  });
  it('a grant for referral assistance does not open the health record to the police, but does to the RA', () => {
    const referralAssistance = { ...grant, purpose: ConsentPurpose.REFERRAL_ASSISTANCE };
    expect(evaluateAccess(police([referralAssistance]))).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
    const ra = request('responsible-authority', AgencyType.RESPONSIBLE_AUTHORITY, [Role.RA_OFFICER], [], [{ ...referralAssistance, granteeAgencyId: 'responsible-authority' }]);
    expect(evaluateAccess(ra)).toMatchObject({ decision: 'ALLOWED', basis: LegalBasis.CONSENT });
  });
  it('no relationship → FORBIDDEN; the RA needs consent', () => {
    expect(evaluateAccess(request('shelter-b', AgencyType.SHELTER_STATE, [Role.CASE_MANAGER]))).toEqual({ decision: 'DENIED', code: 'FORBIDDEN' });
    expect(evaluateAccess(request('responsible-authority', AgencyType.RESPONSIBLE_AUTHORITY, [Role.RA_OFFICER]))).toEqual({
      decision: 'DENIED',
      code: 'CONSENT_REQUIRED',
    });
  });
  it("shelter_staff read the shelter's own record only while a team of the person's open case names them", () => {
    const staff = request('shelter-a', AgencyType.SHELTER_NGO, [Role.SHELTER_STAFF], [Relationship.OPEN_CASE]);
    expect(evaluateAccess({ ...staff, caller: { ...staff.caller, onCaseTeam: true } })).toEqual({ decision: 'ALLOWED', basis: LegalBasis.OWNER });
    expect(evaluateAccess({ ...staff, caller: { ...staff.caller, onCaseTeam: false } })).toEqual({ decision: 'DENIED', code: 'FORBIDDEN' });
    expect(evaluateAccess(staff)).toEqual({ decision: 'DENIED', code: 'FORBIDDEN' });
  });
});
