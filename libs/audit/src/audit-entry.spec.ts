import { AccessDecision, DataCategory, LegalBasis } from '@nrm/domain';
import { AuditAction, type AuditEntryInput, AuditEntryError, auditTimestamp, canonicalAuditPayload, sealAuditEntry } from './audit-entry';

const input: AuditEntryInput = {
  actor: { subject: 'sub-1', username: 'ra.officer', agencyId: 'responsible-authority', role: 'ra_officer' },
  personId: '8F14E45F-CEEA-467F-A0E6-0E9C6A4D1B2A',
  categories: [DataCategory.IDENTITY, DataCategory.SUMMARY, DataCategory.IDENTITY],
  action: AuditAction.READ,
  basis: LegalBasis.LEGAL_MANDATE,
  decision: AccessDecision.ALLOWED,
  correlationId: 'corr-1234',
  at: new Date('2026-11-29T12:00:00.123Z'),
};
const ID = '11111111-2222-4333-8444-555555555555';

describe('sealAuditEntry', () => {
  it('normalises ids to lower case, categories to one order without repeats, and time to microseconds', () => {
    const sealed = sealAuditEntry(input, ID);
    expect(sealed.person_id).toBe('8f14e45f-ceea-467f-a0e6-0e9c6a4d1b2a');
    expect(sealed.categories).toEqual(['SUMMARY', 'IDENTITY']);
    expect(sealed.at).toBe('2026-11-29T12:00:00.123000Z');
    expect(sealed.flagged_for_review).toBe(false);
  });

  it('flags every use of an override and every override grant for review, whatever the caller says', () => {
    expect(sealAuditEntry({ ...input, basis: LegalBasis.OVERRIDE, flaggedForReview: false }, ID).flagged_for_review).toBe(true);
    expect(sealAuditEntry({ ...input, action: AuditAction.OVERRIDE_GRANTED, basis: null }, ID).flagged_for_review).toBe(true);
  });

  it('keeps the correlation id it is given, and drops one that is not an opaque token', () => {
    expect(sealAuditEntry(input, ID).correlation_id).toBe('corr-1234');
    expect(sealAuditEntry({ ...input, correlationId: null }, ID).correlation_id).toBeNull();
    expect(sealAuditEntry({ ...input, correlationId: 'Jane Doe, Tirana' }, ID).correlation_id).toBeNull();
  });

  it('accepts only codes as reason and purpose, so no free text (and no personal data) enters the trail', () => {
    expect(sealAuditEntry({ ...input, reason: 'CONSENT_REQUIRED' }, ID).reason).toBe('CONSENT_REQUIRED');
    expect(() => sealAuditEntry({ ...input, reason: 'Arta Test asked for it' }, ID)).toThrow(new AuditEntryError('reason'));
    expect(() => sealAuditEntry({ ...input, purpose: 'to see her address' }, ID)).toThrow(AuditEntryError);
  });

  it('names the field at fault without quoting its value', () => {
    expect(() => sealAuditEntry({ ...input, personId: 'not-a-uuid-Arta' }, ID)).toThrow(/personId$/);
    try {
      sealAuditEntry({ ...input, personId: 'not-a-uuid-Arta' }, ID);
    } catch (error) {
      expect((error as Error).message).not.toContain('Arta');
    }
  });

  it('rejects unknown actions, bases, decisions and categories', () => {
    expect(() => sealAuditEntry({ ...input, action: 'PEEK' as AuditAction }, ID)).toThrow(/action/);
    expect(() => sealAuditEntry({ ...input, basis: 'FRIENDSHIP' as LegalBasis }, ID)).toThrow(/basis/);
    expect(() => sealAuditEntry({ ...input, decision: 'MAYBE' as AccessDecision }, ID)).toThrow(/decision/);
    expect(() => sealAuditEntry({ ...input, categories: ['SHOE_SIZE' as DataCategory] }, ID)).toThrow(/categories/);
  });

  it('rejects an invalid time', () => {
    expect(() => auditTimestamp(new Date('nonsense'))).toThrow(/at$/);
  });
});

describe('canonicalAuditPayload', () => {
  it('writes every field in one fixed key order, without whitespace, whatever the object order', () => {
    const sealed = sealAuditEntry(input, ID);
    const reversed = Object.fromEntries(Object.entries(sealed).reverse()) as typeof sealed;
    const text = canonicalAuditPayload(reversed);
    expect(text).toBe(canonicalAuditPayload(sealed));
    expect(text).not.toMatch(/\s/);
    expect(Object.keys(JSON.parse(text))).toEqual([...Object.keys(sealed)].sort());
  });
});
