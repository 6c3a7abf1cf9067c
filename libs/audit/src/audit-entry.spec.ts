import { AccessDecision, AgencyType, DataCategory, LegalBasis } from '@nrm/domain';
import { AuditAction, type AuditEntryInput, AuditEntryError, auditTimestamp, canonicalAuditPayload, sealAuditEntry } from './audit-entry';
import { chainHash, GENESIS_HASH } from './hash-chain';

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

  it('takes the grantee only as an agency code, naming the field, so no name or free text enters the trail', () => {
    expect(sealAuditEntry({ ...input, granteeAgencyId: 'police-tirana' }, ID).grantee_agency_id).toBe('police-tirana');
    expect(sealAuditEntry({ ...input, granteeAgencyId: undefined }, ID).grantee_agency_id).toBeNull();
    expect(() => sealAuditEntry({ ...input, granteeAgencyId: 'Arta at the Tirana police' }, ID)).toThrow(new AuditEntryError('granteeAgencyId'));
    expect(() => sealAuditEntry({ ...input, granteeAgencyId: '' }, ID)).toThrow(/granteeAgencyId$/);
  });

  it('takes the grantee agency type only as an AgencyType code, naming the field', () => {
    expect(sealAuditEntry({ ...input, granteeAgencyType: AgencyType.SHELTER_STATE }, ID).grantee_agency_type).toBe('SHELTER_STATE');
    expect(sealAuditEntry({ ...input, granteeAgencyType: undefined }, ID).grantee_agency_type).toBeNull();
    expect(() => sealAuditEntry({ ...input, granteeAgencyType: 'SHELTERS' as AgencyType }, ID)).toThrow(new AuditEntryError('granteeAgencyType'));
    expect(() => sealAuditEntry({ ...input, granteeAgencyType: 'shelter_state' as AgencyType }, ID)).toThrow(/granteeAgencyType$/);
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
    const sealed = sealAuditEntry({ ...input, granteeAgencyId: 'police-tirana' }, ID);
    const reversed = Object.fromEntries(Object.entries(sealed).reverse()) as typeof sealed;
    const text = canonicalAuditPayload(reversed);
    expect(text).toBe(canonicalAuditPayload(sealed));
    expect(text).not.toMatch(/\s/);
    expect(Object.keys(JSON.parse(text))).toEqual([...Object.keys(sealed)].filter((key) => key !== 'grantee_agency_type').sort());
  });

  it('leaves out a grantee or grantee type that is not set, so the entry reads as one written before they existed', () => {
    const sealed = sealAuditEntry(input, ID);
    expect(sealed.grantee_agency_id).toBeNull();
    expect(sealed.grantee_agency_type).toBeNull();
    const optional = ['grantee_agency_id', 'grantee_agency_type'];
    expect(Object.keys(JSON.parse(canonicalAuditPayload(sealed)))).toEqual(Object.keys(sealed).filter((key) => !optional.includes(key)).sort());
    // A row read back without the columns at all (an older reader) rebuilds the same text.
    const { grantee_agency_id: _absent, grantee_agency_type: _absentType, ...withoutColumns } = sealed;
    expect(canonicalAuditPayload(withoutColumns as typeof sealed)).toBe(canonicalAuditPayload(sealed));
  });

  it('hashes an entry without a grantee exactly as entries were hashed before the grantee was added', () => {
    // Text and hash computed by the code that wrote the chains before the grantee existed: they must never change.
    const written = sealAuditEntry(
      {
        actor: { subject: '0b7c3f0e-5d1a-4c38-9a57-2f1e7d9c4b11', username: 'ra.head', agencyId: 'responsible-authority', role: 'ra_head' },
        personId: '8f14e45f-ceea-467f-a0e6-0e9c6a4d1b2a',
        categories: [DataCategory.HEALTH, DataCategory.IDENTITY],
        action: AuditAction.OVERRIDE_GRANTED,
        basis: LegalBasis.OVERRIDE,
        decision: AccessDecision.ALLOWED,
        permissionId: '3c9d2b8a-7e41-4f0a-b6d5-1a2b3c4d5e6f',
        correlationId: '6e2f8a1c-4b3d-4e5f-9a7b-8c9d0e1f2a3b',
        at: new Date('2026-11-29T12:00:00.123Z'),
      },
      ID,
    );
    const text = canonicalAuditPayload(written);
    expect(text).toBe(
      '{"action":"OVERRIDE_GRANTED","actor_agency_id":"responsible-authority","actor_role":"ra_head",' +
        '"actor_subject":"0b7c3f0e-5d1a-4c38-9a57-2f1e7d9c4b11","actor_username":"ra.head","at":"2026-11-29T12:00:00.123000Z",' +
        '"basis":"OVERRIDE","categories":["IDENTITY","HEALTH"],"correlation_id":"6e2f8a1c-4b3d-4e5f-9a7b-8c9d0e1f2a3b",' +
        '"decision":"ALLOWED","flagged_for_review":true,"id":"11111111-2222-4333-8444-555555555555",' +
        '"permission_id":"3c9d2b8a-7e41-4f0a-b6d5-1a2b3c4d5e6f","person_id":"8f14e45f-ceea-467f-a0e6-0e9c6a4d1b2a","purpose":null,"reason":null}',
    );
    expect(chainHash(GENESIS_HASH, 1, text)).toBe('13123a8a7e1600697c5fa0888303ef9f7be952e1036bb90a018df86758a84b42');
  });

  it('hashes the grantee of an entry that names one, in its place in the key order', () => {
    const text = canonicalAuditPayload(sealAuditEntry({ ...input, action: AuditAction.OVERRIDE_GRANTED, granteeAgencyId: 'cpu-tirana' }, ID));
    expect(text).toContain('"flagged_for_review":true,"grantee_agency_id":"cpu-tirana","id":');
    expect(text).not.toBe(canonicalAuditPayload(sealAuditEntry({ ...input, action: AuditAction.OVERRIDE_GRANTED, granteeAgencyId: 'shelter-a' }, ID)));
  });

  it('hashes an entry naming a grantee but no grantee type exactly as it was hashed before the type was added', () => {
    // Text and hash of the code that wrote grantee entries before the type existed: they must never change.
    const written = sealAuditEntry(
      {
        actor: { subject: '0b7c3f0e-5d1a-4c38-9a57-2f1e7d9c4b11', username: 'ra.officer', agencyId: 'responsible-authority', role: 'ra_officer' },
        personId: '8f14e45f-ceea-467f-a0e6-0e9c6a4d1b2a',
        categories: [DataCategory.HEALTH],
        action: AuditAction.CONSENT_GRANTED,
        basis: LegalBasis.CONSENT,
        decision: AccessDecision.ALLOWED,
        permissionId: '3c9d2b8a-7e41-4f0a-b6d5-1a2b3c4d5e6f',
        granteeAgencyId: 'shelter-a',
        purpose: 'HEALTH_CARE',
        correlationId: null,
        at: new Date('2026-11-29T12:00:00.123Z'),
      },
      ID,
    );
    const text = canonicalAuditPayload(written);
    expect(text).toBe(
      '{"action":"CONSENT_GRANTED","actor_agency_id":"responsible-authority","actor_role":"ra_officer",' +
        '"actor_subject":"0b7c3f0e-5d1a-4c38-9a57-2f1e7d9c4b11","actor_username":"ra.officer","at":"2026-11-29T12:00:00.123000Z",' +
        '"basis":"CONSENT","categories":["HEALTH"],"correlation_id":null,' +
        '"decision":"ALLOWED","flagged_for_review":false,"grantee_agency_id":"shelter-a","id":"11111111-2222-4333-8444-555555555555",' +
        '"permission_id":"3c9d2b8a-7e41-4f0a-b6d5-1a2b3c4d5e6f","person_id":"8f14e45f-ceea-467f-a0e6-0e9c6a4d1b2a","purpose":"HEALTH_CARE","reason":null}',
    );
    expect(chainHash(GENESIS_HASH, 1, text)).toBe('73ee687346fa5d7e9ac29a013d65e0d3a22ca769c05b25dbd0c0b112cbaf0915');
  });

  it('hashes the grantee type of an entry that names one, in its place in the key order', () => {
    const typed = { ...input, action: AuditAction.CONSENT_GRANTED, granteeAgencyType: AgencyType.SHELTER_STATE };
    const text = canonicalAuditPayload(sealAuditEntry(typed, ID));
    expect(text).toContain('"flagged_for_review":false,"grantee_agency_type":"SHELTER_STATE","id":');
    expect(text).not.toBe(canonicalAuditPayload(sealAuditEntry({ ...typed, granteeAgencyType: AgencyType.SHELTER_NGO }, ID)));
  });
});
