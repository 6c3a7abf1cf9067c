import { Relationship } from '@nrm/access-policy';
import { AgencyType, ConsentGiver, ConsentPurpose, DataCategory, LegalBasis, Role } from '@nrm/domain';
import { ConsentExceptionCode } from './consent.exception';
import {
  AGENCY_ID_PATTERN,
  assertGiver,
  assertGrantExpiry,
  assertGranteeCanReceive,
  assertMayRecord,
  assertMayWithdraw,
  assertRelationship,
  consentGrantee,
  overrideExpiry,
  seesWholeLedger,
  withdrawalReason,
  writtenReason,
} from './consent-rules';

const now = new Date('2026-11-29T12:00:00Z');
const HOUR = 3_600_000;

function failure(action: () => unknown): { code: string; apiCode: string; fields?: string[] } {
  try {
    action();
  } catch (error) {
    return error as { code: string; apiCode: string; fields?: string[] };
  }
  throw new Error('expected a ConsentException');
}

describe('consent rules', () => {
  it("refuses a child's consent given by the child alone, naming input.givenBy", () => {
    expect(failure(() => assertGiver(ConsentGiver.PERSON, { isChild: true }, [Role.RA_OFFICER]))).toMatchObject({
      code: ConsentExceptionCode.CHILD_CANNOT_CONSENT_ALONE,
      apiCode: 'BAD_USER_INPUT',
      fields: ['input.givenBy'],
    });
  });

  it("accepts a guardian's consent for a child and an adult's own consent", () => {
    expect(() => assertGiver(ConsentGiver.GUARDIAN, { isChild: true }, [Role.RA_OFFICER])).not.toThrow();
    expect(() => assertGiver(ConsentGiver.PERSON, { isChild: false }, [Role.CASE_MANAGER])).not.toThrow();
  });

  it('lets only a child protection worker record consent given in the child protection worker’s name, and only for a child', () => {
    expect(() => assertGiver(ConsentGiver.CHILD_PROTECTION_WORKER, { isChild: true }, [Role.CHILD_PROTECTION_WORKER])).not.toThrow();
    expect(failure(() => assertGiver(ConsentGiver.CHILD_PROTECTION_WORKER, { isChild: true }, [Role.RA_HEAD]))).toMatchObject({
      code: ConsentExceptionCode.GIVER_NEEDS_CHILD_PROTECTION_WORKER,
      apiCode: 'FORBIDDEN',
    });
    expect(failure(() => assertGiver(ConsentGiver.CHILD_PROTECTION_WORKER, { isChild: false }, [Role.CHILD_PROTECTION_WORKER]))).toMatchObject({
      apiCode: 'BAD_USER_INPUT',
      fields: ['input.givenBy'],
    });
  });

  it('refuses a grant expiry that is not in the future', () => {
    expect(failure(() => assertGrantExpiry(now, now))).toMatchObject({ apiCode: 'BAD_USER_INPUT', fields: ['input.expiresAt'] });
    expect(() => assertGrantExpiry(new Date(now.getTime() + 1000), now)).not.toThrow();
    expect(() => assertGrantExpiry(null, now)).not.toThrow();
  });

  it('ends an override after the configured default, and refuses one longer than the configured maximum', () => {
    const durations = { defaultHours: 72, maxHours: 168 };
    expect(overrideExpiry(undefined, now, durations)).toEqual(new Date(now.getTime() + 72 * HOUR));
    expect(overrideExpiry(new Date(now.getTime() + 168 * HOUR), now, durations)).toEqual(new Date(now.getTime() + 168 * HOUR));
    expect(failure(() => overrideExpiry(new Date(now.getTime() + 168 * HOUR + 1), now, durations))).toMatchObject({
      code: ConsentExceptionCode.OVERRIDE_TOO_LONG,
      fields: ['input.expiresAt'],
    });
    expect(failure(() => overrideExpiry(new Date(now.getTime() - 1), now, durations))).toMatchObject({ fields: ['input.expiresAt'] });
  });

  it('requires a written reason of at least 10 letters once invisible characters are removed, and stores it normalised', () => {
    expect(writtenReason('  Vital   interests:\tmedical\nemergency ', 'input.reason')).toBe('Vital interests: medical emergency');
    expect(writtenReason('Cafe\u0301 owner: urgent medical care', 'input.reason')).toBe('Caf\u00e9 owner: urgent medical care');
    for (const reason of ['a\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200bb', '0123456789 !!', '          ', 'short one', 'a\u200eb\u2060c\ufeffd\u0000e']) {
      expect(failure(() => writtenReason(reason, 'input.reason'))).toMatchObject({ apiCode: 'BAD_USER_INPUT', fields: ['input.reason'] });
    }
    expect(writtenReason('Vi\u200btal interests: medical', 'input.reason')).toBe('Vital interests: medical');
  });

  it('lets only an agency with the person for the purpose record consent, never for itself', () => {
    const ra = { agencyId: 'responsible-authority', roles: [Role.RA_OFFICER] };
    const shelter = { agencyId: 'shelter-a', roles: [Role.CASE_MANAGER] };
    const police = { agencyId: 'police-tirana', roles: [Role.FIRST_RESPONDER] };
    const lawEnforcement = { granteeAgencyId: 'police-sfait-tirana', purpose: ConsentPurpose.LAW_ENFORCEMENT_COOPERATION };
    expect(() => assertMayRecord(ra, [Relationship.RA_MANDATE], lawEnforcement)).not.toThrow();
    expect(() => assertMayRecord(shelter, [Relationship.ACCEPTED_REFERRAL], lawEnforcement)).not.toThrow();
    expect(failure(() => assertMayRecord(shelter, [Relationship.ACCEPTED_REFERRAL], { ...lawEnforcement, purpose: ConsentPurpose.RESEARCH_ANONYMISED }))).toMatchObject({
      code: ConsentExceptionCode.NOT_A_CONSENT_RECORDER,
      apiCode: 'FORBIDDEN',
    });
    expect(failure(() => assertMayRecord(shelter, [Relationship.PENDING_REFERRAL], lawEnforcement))).toMatchObject({ apiCode: 'FORBIDDEN' });
    expect(failure(() => assertMayRecord(police, [Relationship.RECORDING_AGENCY], { ...lawEnforcement, granteeAgencyId: 'shelter-a' }))).toMatchObject({
      code: ConsentExceptionCode.NOT_A_CONSENT_RECORDER,
    });
    expect(failure(() => assertMayRecord(police, [Relationship.RECORDING_AGENCY], { ...lawEnforcement, granteeAgencyId: 'police-tirana' }))).toMatchObject({
      code: ConsentExceptionCode.GRANT_TO_OWN_AGENCY,
      apiCode: 'FORBIDDEN',
    });
    expect(failure(() => assertMayRecord(ra, [Relationship.RA_MANDATE], { ...lawEnforcement, granteeAgencyId: 'responsible-authority' }))).toMatchObject({
      code: ConsentExceptionCode.GRANT_TO_OWN_AGENCY,
    });
  });

  it('takes exactly one grantee, an agency or an agency type, and refuses neither or both naming both fields', () => {
    expect(consentGrantee({ granteeAgencyId: 'shelter-a' })).toEqual({ agencyId: 'shelter-a', agencyType: null });
    expect(consentGrantee({ granteeAgencyId: null, granteeAgencyType: AgencyType.HEALTH })).toEqual({ agencyId: null, agencyType: AgencyType.HEALTH });
    for (const input of [{}, { granteeAgencyId: null, granteeAgencyType: null }, { granteeAgencyId: 'shelter-a', granteeAgencyType: AgencyType.HEALTH }]) {
      expect(failure(() => consentGrantee(input))).toMatchObject({
        code: ConsentExceptionCode.GRANTEE_NOT_ONE,
        apiCode: 'BAD_USER_INPUT',
        fields: ['input.granteeAgencyId', 'input.granteeAgencyType'],
      });
    }
  });

  it("refuses a grant to the recorder's own agency type, and lets the purpose rules apply to a type as to an agency", () => {
    const shelter = { agencyId: 'shelter-a', agencyType: AgencyType.SHELTER_NGO, roles: [Role.CASE_MANAGER] };
    const referral = { purpose: ConsentPurpose.REFERRAL_ASSISTANCE };
    expect(failure(() => assertMayRecord(shelter, [Relationship.ACCEPTED_REFERRAL], { ...referral, granteeAgencyType: AgencyType.SHELTER_NGO }))).toMatchObject({
      code: ConsentExceptionCode.GRANT_TO_OWN_AGENCY,
      apiCode: 'FORBIDDEN',
    });
    expect(() => assertMayRecord(shelter, [Relationship.ACCEPTED_REFERRAL], { ...referral, granteeAgencyType: AgencyType.HEALTH })).not.toThrow();
    const healthCare = { kind: LegalBasis.CONSENT, purpose: ConsentPurpose.HEALTH_CARE } as const;
    expect(() => assertGranteeCanReceive(AgencyType.HEALTH, healthCare, [DataCategory.HEALTH])).not.toThrow();
    expect(failure(() => assertGranteeCanReceive(AgencyType.STATE_POLICE, healthCare, [DataCategory.HEALTH]))).toMatchObject({ fields: ['input.purpose'] });
  });

  it('lets the recorder, the RA and the child protection unit withdraw a grant, and no other linked agency', () => {
    const grant = { recordedByAgencyId: 'shelter-a' };
    expect(() => assertMayWithdraw('shelter-a', [], grant)).not.toThrow();
    expect(() => assertMayWithdraw('responsible-authority', [Relationship.RA_MANDATE], grant)).not.toThrow();
    expect(() => assertMayWithdraw('cpu-tirana', [Relationship.CHILD_PROTECTION_MANDATE], grant)).not.toThrow();
    expect(failure(() => assertMayWithdraw('police-tirana', [Relationship.RECORDING_AGENCY], grant))).toMatchObject({
      code: ConsentExceptionCode.NOT_ALLOWED_TO_WITHDRAW,
      apiCode: 'FORBIDDEN',
    });
  });

  it('refuses an unknown grantee and categories the basis can never open to its agency type, naming the field', () => {
    const override = { kind: LegalBasis.OVERRIDE } as const;
    expect(failure(() => assertGranteeCanReceive(null, override, [DataCategory.IDENTITY]))).toMatchObject({
      apiCode: 'BAD_USER_INPUT',
      fields: ['input.granteeAgencyId'],
    });
    expect(failure(() => assertGranteeCanReceive(AgencyType.STATE_POLICE, override, [DataCategory.HEALTH]))).toMatchObject({
      code: ConsentExceptionCode.CATEGORY_CLOSED_TO_GRANTEE,
      fields: ['input.categories'],
    });
    const formalId = { kind: LegalBasis.CONSENT, purpose: ConsentPurpose.FORMAL_IDENTIFICATION } as const;
    expect(failure(() => assertGranteeCanReceive(AgencyType.BORDER_POLICE, formalId, [DataCategory.PSYCHOSOCIAL]))).toMatchObject({ fields: ['input.categories'] });
    expect(() => assertGranteeCanReceive(AgencyType.CHILD_PROTECTION_UNIT, override, [DataCategory.HEALTH])).not.toThrow();
    expect(() =>
      assertGranteeCanReceive(AgencyType.STATE_POLICE, { kind: LegalBasis.CONSENT, purpose: ConsentPurpose.LAW_ENFORCEMENT_COOPERATION }, [DataCategory.HEALTH]),
    ).not.toThrow();
  });

  it('refuses a purpose the grantee\'s agency type may not receive, naming input.purpose and the types it may go to', () => {
    const lawEnforcement = { kind: LegalBasis.CONSENT, purpose: ConsentPurpose.LAW_ENFORCEMENT_COOPERATION } as const;
    expect(failure(() => assertGranteeCanReceive(AgencyType.SHELTER_NGO, lawEnforcement, [DataCategory.IDENTITY]))).toMatchObject({
      apiCode: 'BAD_USER_INPUT',
      code: ConsentExceptionCode.PURPOSE_NOT_FOR_GRANTEE,
      fields: ['input.purpose'],
      message: 'A grant for LAW_ENFORCEMENT_COOPERATION goes only to agencies of type STATE_POLICE, BORDER_POLICE, not to one of type SHELTER_NGO',
    });
    const healthCare = { kind: LegalBasis.CONSENT, purpose: ConsentPurpose.HEALTH_CARE } as const;
    expect(failure(() => assertGranteeCanReceive(AgencyType.STATE_POLICE, healthCare, [DataCategory.HEALTH]))).toMatchObject({ fields: ['input.purpose'] });
    // The purpose is decided before the categories: the caller learns the first thing to change.
    expect(failure(() => assertGranteeCanReceive(AgencyType.BORDER_POLICE, { kind: LegalBasis.CONSENT, purpose: ConsentPurpose.REFERRAL_ASSISTANCE }, [DataCategory.PSYCHOSOCIAL]))).toMatchObject({
      fields: ['input.purpose'],
    });
    expect(() => assertGranteeCanReceive(AgencyType.SHELTER_STATE, healthCare, [DataCategory.HEALTH])).not.toThrow();
    // An override has no purpose: the table does not apply to it.
    expect(() => assertGranteeCanReceive(AgencyType.SHELTER_NGO, { kind: LegalBasis.OVERRIDE }, [DataCategory.IDENTITY])).not.toThrow();
  });

  it('accepts agency ids as the identity provider issues them, nothing else', () => {
    expect(['shelter-a', 'police-sfait-tirana', 'ra'].every((id) => AGENCY_ID_PATTERN.test(id))).toBe(true);
    expect(['a', 'Shelter-A', 'shelter a', "x'; drop", 'x'.repeat(65)].some((id) => AGENCY_ID_PATTERN.test(id))).toBe(false);
  });

  it('forbids the ledger to an agency without a relationship', () => {
    expect(failure(() => assertRelationship([], 'NRM-2026-000001'))).toMatchObject({ apiCode: 'FORBIDDEN' });
    expect(() => assertRelationship([Relationship.ACCEPTED_REFERRAL], 'NRM-2026-000001')).not.toThrow();
  });

  it('shows the whole ledger only to mandate holders, not to the identifying agency', () => {
    expect(seesWholeLedger([Relationship.RA_MANDATE])).toBe(true);
    expect(seesWholeLedger([Relationship.RECORDING_AGENCY])).toBe(false);
    expect(seesWholeLedger([Relationship.CHILD_PROTECTION_MANDATE])).toBe(true);
    expect(seesWholeLedger([Relationship.ACCEPTED_REFERRAL, Relationship.OPEN_CASE])).toBe(false);
  });

  it('treats a blank withdrawal reason as none and bounds its length', () => {
    expect(withdrawalReason('   ')).toBeNull();
    expect(withdrawalReason(' moved on ')).toBe('moved on');
    expect(failure(() => withdrawalReason('x'.repeat(2001)))).toMatchObject({ apiCode: 'BAD_USER_INPUT', fields: ['reason'] });
  });
});
