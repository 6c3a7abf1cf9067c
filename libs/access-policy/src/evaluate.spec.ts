import { AgencyType, ConsentPurpose, DataCategory, LegalBasis, Role } from '@nrm/domain';
import { type AccessRequest, effectiveRelationships, evaluateAccess, type Permission } from './evaluate';
import {
  ACCESS_POLICY,
  CASE_TEAM_BOUND_ROLES,
  categoriesPermissionCannotOpen,
  CONSENT_ONLY_CATEGORIES,
  isCaseTeamBound,
  PERSONAL_CATEGORIES,
  permissionCanOpen,
  PURPOSE_GRANTEE_TYPES,
  purposeFitsGrantee,
  Relationship,
} from './policy';

const now = new Date('2026-11-29T12:00:00Z');
const base: AccessRequest = {
  caller: { agencyId: 'shelter-a', agencyType: AgencyType.SHELTER_NGO, roles: [Role.CASE_MANAGER] },
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
  purpose: ConsentPurpose.REFERRAL_ASSISTANCE,
  expiresAt: null,
  withdrawnAt: null,
  ...overrides,
});
const override = (overrides: Partial<Permission> = {}): Permission =>
  consent({ id: 'override-1', kind: LegalBasis.OVERRIDE, purpose: null, ...overrides });

afterEach(() => {
  jest.restoreAllMocks();
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
    expect(evaluateAccess(request)).toEqual({
      decision: 'ALLOWED',
      basis: LegalBasis.CONSENT,
      permissionId: 'grant-1',
      purpose: ConsentPurpose.REFERRAL_ASSISTANCE,
    });
  });
  it('stops honouring a grant at its expiry and after withdrawal', () => {
    const request = { ...base, relationships: [Relationship.ACCEPTED_REFERRAL] };
    expect(evaluateAccess({ ...request, permissions: [consent({ expiresAt: now })] }).decision).toBe('DENIED');
    expect(evaluateAccess({ ...request, permissions: [consent({ withdrawnAt: now })] }).decision).toBe('DENIED');
  });
  it('lets the recording agency see everything it recorded as owner', () => {
    expect(evaluateAccess({ ...base, caller: { agencyId: 'police-tirana', agencyType: AgencyType.STATE_POLICE, roles: [Role.FIRST_RESPONDER] } })).toEqual({
      decision: 'ALLOWED',
      basis: LegalBasis.OWNER,
    });
  });
  it('gives the RA the initial identification by mandate but not shelter health records', () => {
    const ra = { ...base, caller: { agencyId: 'responsible-authority', agencyType: AgencyType.RESPONSIBLE_AUTHORITY, roles: [Role.RA_OFFICER] } };
    expect(evaluateAccess(ra).decision).toBe('ALLOWED');
    expect(evaluateAccess({ ...ra, category: DataCategory.HEALTH })).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
  });
  it('gives the child protection mandate only for a child', () => {
    const cpu = {
      ...base,
      caller: { agencyId: 'cpu-tirana', agencyType: AgencyType.CHILD_PROTECTION_UNIT, roles: [Role.CHILD_PROTECTION_WORKER] },
      relationships: [Relationship.CHILD_PROTECTION_MANDATE],
    };
    expect(evaluateAccess({ ...cpu, subject: { ...cpu.subject, isChild: true } }).decision).toBe('ALLOWED');
    expect(evaluateAccess(cpu)).toEqual({ decision: 'DENIED', code: 'FORBIDDEN' });
  });
  it('lets an active override bring in an agency the workflow does not link, for what it names and the summary only', () => {
    const cpu = {
      ...base,
      caller: { agencyId: 'cpu-tirana', agencyType: AgencyType.CHILD_PROTECTION_UNIT, roles: [Role.CHILD_PROTECTION_WORKER] },
      permissions: [override({ granteeAgencyId: 'cpu-tirana', categories: [DataCategory.IDENTITY] })],
    };
    expect(evaluateAccess(cpu)).toEqual({ decision: 'ALLOWED', basis: LegalBasis.OVERRIDE, permissionId: 'override-1' });
    expect(evaluateAccess({ ...cpu, category: DataCategory.SUMMARY })).toEqual({ decision: 'ALLOWED', basis: LegalBasis.OVERRIDE, permissionId: 'override-1' });
    expect(evaluateAccess({ ...cpu, category: DataCategory.HEALTH })).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
    const expired = { ...cpu, permissions: [override({ granteeAgencyId: 'cpu-tirana', expiresAt: now })] };
    expect(evaluateAccess(expired)).toEqual({ decision: 'DENIED', code: 'FORBIDDEN' });
    const toAnother = { ...cpu, permissions: [override({ granteeAgencyId: 'cpu-durres' })] };
    expect(evaluateAccess(toAnother)).toEqual({ decision: 'DENIED', code: 'FORBIDDEN' });
  });
  it('never lets the national coordinator see a person', () => {
    const request = {
      ...base,
      caller: { agencyId: 'police-tirana', agencyType: AgencyType.STATE_POLICE, roles: [Role.NATIONAL_COORDINATOR] },
      category: DataCategory.SUMMARY,
    };
    expect(evaluateAccess(request)).toEqual({ decision: 'DENIED', code: 'FORBIDDEN' });
  });

  describe('a RESEARCH_ANONYMISED grant', () => {
    const research = consent({ purpose: ConsentPurpose.RESEARCH_ANONYMISED, categories: Object.values(DataCategory) });
    const accepted = { ...base, relationships: [Relationship.ACCEPTED_REFERRAL], permissions: [research] };

    it.each(PERSONAL_CATEGORIES)('opens no personal category (%s), even when it names it', (category) => {
      expect(evaluateAccess({ ...accepted, category })).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
    });
    it('leaves the same categories to a grant for another purpose', () => {
      const both = { ...accepted, permissions: [research, consent({ id: 'grant-2', categories: [DataCategory.HEALTH] })] };
      expect(evaluateAccess({ ...both, category: DataCategory.HEALTH })).toMatchObject({ decision: 'ALLOWED', permissionId: 'grant-2' });
      expect(evaluateAccess({ ...both, category: DataCategory.IDENTITY })).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
    });
  });

  describe('health and psycho-social records and the police', () => {
    // A shelter's record: the owner is the shelter; police-tirana recorded the identification (IDENTIFYING_AGENCY).
    const shelterRecord = (agencyType: AgencyType, permissions: Permission[], category = DataCategory.HEALTH): AccessRequest => ({
      ...base,
      caller: { agencyId: 'police-tirana', agencyType, roles: [Role.FIRST_RESPONDER] },
      subject: { isChild: false, recordingAgencyId: 'shelter-a' },
      relationships: [Relationship.IDENTIFYING_AGENCY],
      permissions,
      category,
    });
    const lawEnforcement = (categories: DataCategory[]) =>
      consent({ granteeAgencyId: 'police-tirana', purpose: ConsentPurpose.LAW_ENFORCEMENT_COOPERATION, categories });

    it('makes HEALTH and PSYCHOSOCIAL consent-only for STATE_POLICE and BORDER_POLICE, for LAW_ENFORCEMENT_COOPERATION', () => {
      expect(CONSENT_ONLY_CATEGORIES).toEqual([
        {
          agencyTypes: [AgencyType.STATE_POLICE, AgencyType.BORDER_POLICE],
          categories: [DataCategory.HEALTH, DataCategory.PSYCHOSOCIAL],
          purposes: [ConsentPurpose.LAW_ENFORCEMENT_COOPERATION],
        },
      ]);
    });

    it.each([AgencyType.STATE_POLICE, AgencyType.BORDER_POLICE])('opens them to %s with a grant naming the category for an allowed purpose', (agencyType) => {
      for (const category of [DataCategory.HEALTH, DataCategory.PSYCHOSOCIAL]) {
        expect(evaluateAccess(shelterRecord(agencyType, [lawEnforcement([category])], category))).toEqual({
          decision: 'ALLOWED',
          basis: LegalBasis.CONSENT,
          permissionId: 'grant-1',
          purpose: ConsentPurpose.LAW_ENFORCEMENT_COOPERATION,
        });
      }
    });

    it('keeps them closed to the police under a grant for any other purpose', () => {
      for (const purpose of Object.values(ConsentPurpose).filter((candidate) => candidate !== ConsentPurpose.LAW_ENFORCEMENT_COOPERATION)) {
        const grant = consent({ granteeAgencyId: 'police-tirana', purpose, categories: [DataCategory.HEALTH, DataCategory.PSYCHOSOCIAL] });
        expect(evaluateAccess(shelterRecord(AgencyType.STATE_POLICE, [grant]))).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
        expect(evaluateAccess(shelterRecord(AgencyType.BORDER_POLICE, [grant], DataCategory.PSYCHOSOCIAL))).toEqual({
          decision: 'DENIED',
          code: 'CONSENT_REQUIRED',
        });
      }
    });

    it('keeps them closed to the police under a grant for the right purpose that names another category', () => {
      expect(evaluateAccess(shelterRecord(AgencyType.STATE_POLICE, [lawEnforcement([DataCategory.PSYCHOSOCIAL])]))).toEqual({
        decision: 'DENIED',
        code: 'CONSENT_REQUIRED',
      });
    });

    it('keeps them closed to the police under an ra_head override, which still opens other categories', () => {
      const vitalInterests = override({ granteeAgencyId: 'police-tirana', categories: [DataCategory.HEALTH, DataCategory.LEGAL] });
      expect(evaluateAccess(shelterRecord(AgencyType.STATE_POLICE, [vitalInterests]))).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
      expect(evaluateAccess(shelterRecord(AgencyType.STATE_POLICE, [vitalInterests], DataCategory.LEGAL))).toEqual({
        decision: 'ALLOWED',
        basis: LegalBasis.OVERRIDE,
        permissionId: 'override-1',
      });
    });

    it('keeps them closed to the police under a mandate that would open them to anyone else', () => {
      // A country configuring the formal identification group to see health records by mandate (not the default).
      // …and to take consent of any purpose (by default only FORMAL_IDENTIFICATION's extends the group).
      const { consentPurposes: _onlyFormalIdentification, ...formalIdGroup } = ACCESS_POLICY[Relationship.FORMAL_ID_GROUP];
      jest.replaceProperty(ACCESS_POLICY, Relationship.FORMAL_ID_GROUP, { ...formalIdGroup, categories: [...formalIdGroup.categories, DataCategory.HEALTH] });
      const group = (agencyType: AgencyType): AccessRequest => ({ ...shelterRecord(agencyType, []), relationships: [Relationship.FORMAL_ID_GROUP] });
      expect(evaluateAccess(group(AgencyType.REGIONAL_SOCIAL_SERVICE))).toEqual({ decision: 'ALLOWED', basis: LegalBasis.LEGAL_MANDATE });
      expect(evaluateAccess(group(AgencyType.STATE_POLICE))).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
      expect(evaluateAccess({ ...group(AgencyType.STATE_POLICE), permissions: [lawEnforcement([DataCategory.HEALTH])] }).decision).toBe('ALLOWED');
    });

    it('needs a relationship even with the grant: the police with no link to the person are refused', () => {
      expect(evaluateAccess({ ...shelterRecord(AgencyType.BORDER_POLICE, [lawEnforcement([DataCategory.HEALTH])]), relationships: [] })).toEqual({
        decision: 'DENIED',
        code: 'FORBIDDEN',
      });
    });

    it('leaves the other shelter categories to any grant, and other agency types to any purpose', () => {
      const referral = consent({ granteeAgencyId: 'police-tirana', categories: [DataCategory.LEGAL, DataCategory.HEALTH] });
      expect(evaluateAccess(shelterRecord(AgencyType.STATE_POLICE, [referral], DataCategory.LEGAL)).decision).toBe('ALLOWED');
      expect(evaluateAccess(shelterRecord(AgencyType.NGO, [referral])).decision).toBe('ALLOWED');
      expect(evaluateAccess(shelterRecord(AgencyType.LABOUR_INSPECTORATE, [override({ granteeAgencyId: 'police-tirana', categories: [DataCategory.HEALTH] })])).decision).toBe(
        'ALLOWED',
      );
    });

    it('still lets a police agency read what it recorded itself', () => {
      const own = { ...shelterRecord(AgencyType.STATE_POLICE, []), subject: { isChild: false, recordingAgencyId: 'police-tirana' } };
      expect(evaluateAccess(own)).toEqual({ decision: 'ALLOWED', basis: LegalBasis.OWNER });
    });
  });
});

describe('permissionCanOpen / categoriesPermissionCannotOpen (checked when a grant or override is recorded)', () => {
  const lawEnforcement = { kind: LegalBasis.CONSENT, purpose: ConsentPurpose.LAW_ENFORCEMENT_COOPERATION } as const;
  const referral = { kind: LegalBasis.CONSENT, purpose: ConsentPurpose.REFERRAL_ASSISTANCE } as const;
  const overriding = { kind: LegalBasis.OVERRIDE } as const;

  it('closes health and psycho-social records to the police under an override or a grant for another purpose', () => {
    const clinical = [DataCategory.HEALTH, DataCategory.PSYCHOSOCIAL, DataCategory.LEGAL];
    expect(categoriesPermissionCannotOpen(overriding, AgencyType.STATE_POLICE, clinical)).toEqual([DataCategory.HEALTH, DataCategory.PSYCHOSOCIAL]);
    expect(categoriesPermissionCannotOpen(referral, AgencyType.BORDER_POLICE, clinical)).toEqual([DataCategory.HEALTH, DataCategory.PSYCHOSOCIAL]);
    expect(categoriesPermissionCannotOpen(lawEnforcement, AgencyType.STATE_POLICE, clinical)).toEqual([]);
  });
  it('opens them to other agency types under an override', () => {
    expect(categoriesPermissionCannotOpen(overriding, AgencyType.CHILD_PROTECTION_UNIT, [DataCategory.HEALTH])).toEqual([]);
  });
  it('opens no personal category for anonymised research, and nothing to agencies that never see a person', () => {
    const research = { kind: LegalBasis.CONSENT, purpose: ConsentPurpose.RESEARCH_ANONYMISED } as const;
    expect(categoriesPermissionCannotOpen(research, AgencyType.NGO, [DataCategory.SUMMARY, DataCategory.IDENTITY])).toEqual([DataCategory.IDENTITY]);
    for (const agencyType of [AgencyType.NATIONAL_COORDINATOR, AgencyType.OVERSIGHT, AgencyType.PLATFORM]) {
      expect(permissionCanOpen(overriding, agencyType, DataCategory.SUMMARY)).toBe(false);
      expect(permissionCanOpen(referral, agencyType, DataCategory.IDENTITY)).toBe(false);
    }
  });
});

describe('the formal identification group', () => {
  const base = {
    caller: { agencyId: 'police-sfait-tirana', agencyType: AgencyType.STATE_POLICE, roles: [Role.FORMAL_ID_POLICE] },
    subject: { isChild: false, recordingAgencyId: 'police-tirana' },
    relationships: [Relationship.FORMAL_ID_GROUP],
    now: new Date('2026-12-02T10:00:00Z'),
  };
  const grant = (purpose: ConsentPurpose) => ({
    id: `grant-${purpose}`,
    kind: LegalBasis.CONSENT as const,
    granteeAgencyId: 'police-sfait-tirana',
    categories: [DataCategory.IDENTITY],
    purpose,
    expiresAt: null,
    withdrawnAt: null,
  });

  it('reads the summary by its mandate and what FORMAL_IDENTIFICATION consent opens', () => {
    expect(evaluateAccess({ ...base, permissions: [], category: DataCategory.SUMMARY })).toEqual({ decision: 'ALLOWED', basis: LegalBasis.LEGAL_MANDATE });
    expect(evaluateAccess({ ...base, permissions: [grant(ConsentPurpose.FORMAL_IDENTIFICATION)], category: DataCategory.IDENTITY })).toMatchObject({
      decision: 'ALLOWED',
      purpose: ConsentPurpose.FORMAL_IDENTIFICATION,
    });
  });

  it('is not extended by consent given for another purpose', () => {
    const result = evaluateAccess({ ...base, permissions: [grant(ConsentPurpose.REFERRAL_ASSISTANCE)], category: DataCategory.IDENTITY });
    expect(result).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
  });
});

describe('the case team within a shelter (CASE_TEAM_BOUND_ROLES)', () => {
  const staff = { agencyId: 'shelter-a', agencyType: AgencyType.SHELTER_NGO, roles: [Role.SHELTER_STAFF] };
  const request = (caller: AccessRequest['caller'], category: DataCategory, recordingAgencyId = 'police-tirana'): AccessRequest => ({
    caller,
    subject: { isChild: false, recordingAgencyId },
    relationships: [Relationship.ACCEPTED_REFERRAL, Relationship.OPEN_CASE],
    permissions: [consent({ categories: [DataCategory.IDENTITY, DataCategory.HEALTH] }), override({ id: 'override-2', categories: [DataCategory.FAMILY] })],
    category,
    now,
  });

  it('binds shelter_staff alone, not a case manager, the head, or staff who also manage cases', () => {
    expect(CASE_TEAM_BOUND_ROLES).toEqual([Role.SHELTER_STAFF]);
    expect(isCaseTeamBound([Role.SHELTER_STAFF])).toBe(true);
    expect(isCaseTeamBound([Role.SHELTER_STAFF, Role.CASE_MANAGER])).toBe(false);
    expect(isCaseTeamBound([Role.SHELTER_HEAD])).toBe(false);
    expect(isCaseTeamBound([Role.CASE_MANAGER])).toBe(false);
    expect(isCaseTeamBound([])).toBe(false);
  });

  it('gives a team member what the agency reads: the summary, consent, an override and the shelter records it owns', () => {
    const member = { ...staff, onCaseTeam: true };
    expect(evaluateAccess(request(member, DataCategory.SUMMARY))).toEqual({ decision: 'ALLOWED', basis: LegalBasis.LEGAL_MANDATE });
    expect(evaluateAccess(request(member, DataCategory.IDENTITY))).toMatchObject({ decision: 'ALLOWED', basis: LegalBasis.CONSENT });
    expect(evaluateAccess(request(member, DataCategory.FAMILY))).toMatchObject({ decision: 'ALLOWED', basis: LegalBasis.OVERRIDE });
    expect(evaluateAccess(request(member, DataCategory.PSYCHOSOCIAL, 'shelter-a'))).toEqual({ decision: 'ALLOWED', basis: LegalBasis.OWNER });
    expect(evaluateAccess(request(member, DataCategory.EDUCATION_EMPLOYMENT))).toEqual({ decision: 'DENIED', code: 'CONSENT_REQUIRED' });
  });

  it('refuses staff the team does not name everything, the summary and their own shelter\'s records included; absent is not on the team', () => {
    for (const caller of [{ ...staff, onCaseTeam: false }, staff]) {
      for (const category of Object.values(DataCategory)) {
        expect({ category, result: evaluateAccess(request(caller, category)) }).toEqual({ category, result: { decision: 'DENIED', code: 'FORBIDDEN' } });
        expect({ category, result: evaluateAccess(request(caller, category, 'shelter-a')) }).toEqual({ category, result: { decision: 'DENIED', code: 'FORBIDDEN' } });
      }
      expect(effectiveRelationships({ caller, subject: { isChild: false, recordingAgencyId: 'shelter-a' }, relationships: [Relationship.OPEN_CASE] })).toEqual([]);
    }
  });

  it('leaves the case manager and the head reading as their agency, on the team or not', () => {
    for (const roles of [[Role.CASE_MANAGER], [Role.SHELTER_HEAD], [Role.SHELTER_STAFF, Role.CASE_MANAGER]]) {
      const caller = { ...staff, roles, onCaseTeam: false };
      expect({ roles, result: evaluateAccess(request(caller, DataCategory.IDENTITY)) }).toEqual({ roles, result: expect.objectContaining({ decision: 'ALLOWED' }) });
    }
  });
});

describe('PURPOSE_GRANTEE_TYPES (the agency types a grant of each purpose may go to, checked when it is written)', () => {
  const T = AgencyType;
  const expected: Record<ConsentPurpose, AgencyType[]> = {
    [ConsentPurpose.REFERRAL_ASSISTANCE]: [
      T.RESPONSIBLE_AUTHORITY,
      T.SHELTER_NGO,
      T.SHELTER_STATE,
      T.NGO,
      T.SOCIAL_SERVICES,
      T.REGIONAL_SOCIAL_SERVICE,
      T.CHILD_PROTECTION_UNIT,
      T.HEALTH,
      T.SCHOOL,
      T.CONSULAR,
    ],
    [ConsentPurpose.FORMAL_IDENTIFICATION]: [T.STATE_POLICE, T.BORDER_POLICE, T.REGIONAL_SOCIAL_SERVICE, T.CHILD_PROTECTION_UNIT, T.SOCIAL_SERVICES, T.RESPONSIBLE_AUTHORITY],
    [ConsentPurpose.LAW_ENFORCEMENT_COOPERATION]: [T.STATE_POLICE, T.BORDER_POLICE],
    [ConsentPurpose.HEALTH_CARE]: [T.HEALTH, T.SHELTER_NGO, T.SHELTER_STATE],
    [ConsentPurpose.RESEARCH_ANONYMISED]: [T.NATIONAL_COORDINATOR, T.RESPONSIBLE_AUTHORITY, T.NGO],
  };

  it.each(Object.values(ConsentPurpose))('lets %s go to exactly the agency types of the decision table', (purpose) => {
    expect([...PURPOSE_GRANTEE_TYPES[purpose]].sort()).toEqual([...expected[purpose]].sort());
    for (const agencyType of Object.values(AgencyType)) {
      expect(purposeFitsGrantee(purpose, agencyType)).toBe(expected[purpose].includes(agencyType));
    }
  });

  it('never lets a grant go to the platform or oversight', () => {
    for (const purpose of Object.values(ConsentPurpose)) {
      expect(purposeFitsGrantee(purpose, T.PLATFORM)).toBe(false);
      expect(purposeFitsGrantee(purpose, T.OVERSIGHT)).toBe(false);
    }
  });

  it('sends law-enforcement cooperation to the police only, and health care never to the police', () => {
    const nonPolice = Object.values(AgencyType).filter((type) => type !== T.STATE_POLICE && type !== T.BORDER_POLICE);
    expect(nonPolice.some((type) => purposeFitsGrantee(ConsentPurpose.LAW_ENFORCEMENT_COOPERATION, type))).toBe(false);
    expect(purposeFitsGrantee(ConsentPurpose.HEALTH_CARE, T.STATE_POLICE)).toBe(false);
    expect(purposeFitsGrantee(ConsentPurpose.HEALTH_CARE, T.BORDER_POLICE)).toBe(false);
  });
});
