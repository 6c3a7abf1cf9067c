import { Relationship } from '@nrm/access-policy';
import { ConsentGiver, Role } from '@nrm/domain';
import { ConsentExceptionCode } from './consent.exception';
import {
  AGENCY_ID_PATTERN,
  assertGiver,
  assertGrantExpiry,
  assertRelationship,
  OVERRIDE_REASON_PATTERN,
  overrideExpiry,
  seesWholeLedger,
  withdrawalReason,
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

  it('requires a written override reason of at least 10 characters, blanks not counted', () => {
    expect(OVERRIDE_REASON_PATTERN.test('Vital interests: medical emergency')).toBe(true);
    expect(OVERRIDE_REASON_PATTERN.test('  ten chars  ')).toBe(false);
    expect(OVERRIDE_REASON_PATTERN.test('0123456789')).toBe(true);
    expect(OVERRIDE_REASON_PATTERN.test('          ')).toBe(false);
  });

  it('accepts agency ids as the identity provider issues them, nothing else', () => {
    expect(['shelter-a', 'police-sfait-tirana', 'ra'].every((id) => AGENCY_ID_PATTERN.test(id))).toBe(true);
    expect(['a', 'Shelter-A', 'shelter a', "x'; drop", 'x'.repeat(65)].some((id) => AGENCY_ID_PATTERN.test(id))).toBe(false);
  });

  it('forbids the ledger to an agency without a relationship', () => {
    expect(failure(() => assertRelationship([], 'NRM-2026-000001'))).toMatchObject({ apiCode: 'FORBIDDEN' });
    expect(() => assertRelationship([Relationship.ACCEPTED_REFERRAL], 'NRM-2026-000001')).not.toThrow();
  });

  it('shows the whole ledger only to the recording agency and mandate holders', () => {
    expect(seesWholeLedger([Relationship.RA_MANDATE])).toBe(true);
    expect(seesWholeLedger([Relationship.RECORDING_AGENCY])).toBe(true);
    expect(seesWholeLedger([Relationship.CHILD_PROTECTION_MANDATE])).toBe(true);
    expect(seesWholeLedger([Relationship.ACCEPTED_REFERRAL, Relationship.OPEN_CASE])).toBe(false);
  });

  it('treats a blank withdrawal reason as none and bounds its length', () => {
    expect(withdrawalReason('   ')).toBeNull();
    expect(withdrawalReason(' moved on ')).toBe('moved on');
    expect(failure(() => withdrawalReason('x'.repeat(2001)))).toMatchObject({ apiCode: 'BAD_USER_INPUT', fields: ['reason'] });
  });
});
