import { AccessDecision, LegalBasis } from '@nrm/domain';
import { AuditAction } from './audit-entry';
import { parseEntry } from './audit-peers.client';
import type { AuditEntryRecord } from './audit-trail.reader';
import {
  combineVerifications,
  compareMerged,
  decodeAuditCursor,
  encodeAuditCursor,
  keysetAfter,
  mergePage,
  mergeTrails,
  type ServiceChainVerification,
} from './federated-trail';

const PERSON = '6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5';

function entry(id: string, at: string, seq: string): AuditEntryRecord {
  return {
    id,
    seq,
    at: new Date(at),
    actorSubject: 'subject',
    actorUsername: 'ra.officer',
    actorAgencyId: 'responsible-authority',
    actorRole: 'ra_officer',
    personId: PERSON,
    categories: [],
    action: AuditAction.READ,
    basis: LegalBasis.LEGAL_MANDATE,
    decision: AccessDecision.ALLOWED,
    reason: null,
    permissionId: null,
    granteeAgencyId: null,
    granteeAgencyType: null,
    purpose: null,
    flaggedForReview: false,
    correlationId: null,
  };
}

function chain(service: string, ok: boolean, entriesChecked: number, firstBrokenAt: string | null = null): ServiceChainVerification {
  return { service, ok, entriesChecked, firstBrokenAt, lastSeq: null, headHash: null };
}

describe('mergeTrails', () => {
  it('interleaves the services newest first and labels each entry with its service', () => {
    const merged = mergeTrails(
      [
        { service: 'identification', entries: [entry('i2', '2026-03-01T10:00:03Z', '9'), entry('i1', '2026-03-01T10:00:01Z', '8')] },
        { service: 'shelters', entries: [entry('s2', '2026-03-01T10:00:04Z', '5'), entry('s1', '2026-03-01T10:00:02Z', '4')] },
      ],
      10,
    );
    expect(merged.map((item) => [item.service, item.id])).toEqual([
      ['shelters', 's2'],
      ['identification', 'i2'],
      ['shelters', 's1'],
      ['identification', 'i1'],
    ]);
  });

  it('applies `first` after the merge, so the page holds the newest entries of all services', () => {
    const merged = mergeTrails(
      [
        { service: 'identification', entries: [entry('i2', '2026-03-01T10:00:03Z', '9'), entry('i1', '2026-03-01T10:00:01Z', '8')] },
        { service: 'shelters', entries: [entry('s2', '2026-03-01T10:00:04Z', '5'), entry('s1', '2026-03-01T10:00:02Z', '4')] },
      ],
      2,
    );
    expect(merged.map((item) => item.id)).toEqual(['s2', 'i2']);
  });

  it('keeps the order of the services, then the chain order, for entries at the same instant', () => {
    const at = '2026-03-01T10:00:00Z';
    const merged = mergeTrails(
      [
        { service: 'identification', entries: [entry('i2', at, '2'), entry('i1', at, '1')] },
        { service: 'shelters', entries: [entry('s1', at, '1')] },
      ],
      10,
    );
    expect(merged.map((item) => item.id)).toEqual(['i2', 'i1', 's1']);
  });
});

describe('combineVerifications', () => {
  it('is ok only when every chain is, with the entries summed', () => {
    expect(combineVerifications([chain('identification', true, 3), chain('shelters', true, 4)])).toMatchObject({ ok: true, entriesChecked: 7, firstBrokenAt: null });
  });

  it('names the first broken entry of the first broken chain', () => {
    const result = combineVerifications([chain('identification', true, 3), chain('shelters', false, 2, 's-broken'), chain('other', false, 1, 'o-broken')]);
    expect(result).toMatchObject({ ok: false, entriesChecked: 6, firstBrokenAt: 's-broken' });
    expect(result.chains.map((item) => [item.service, item.ok])).toEqual([
      ['identification', true],
      ['shelters', false],
      ['other', false],
    ]);
  });
});

describe('parseEntry (a peer answer)', () => {
  const wire = (overrides: Record<string, unknown> = {}): unknown => ({ ...JSON.parse(JSON.stringify(entry('e1', '2026-03-01T10:00:00Z', '1'))), ...overrides });

  it('reads back an entry as the peer serialised it, with its time as a Date', () => {
    expect(parseEntry(wire())).toEqual(entry('e1', '2026-03-01T10:00:00Z', '1'));
  });

  it('reads the grantee a ledger entry names, and none from a peer that does not send the field yet', () => {
    expect(parseEntry(wire({ granteeAgencyId: 'police-tirana' }))).toMatchObject({ granteeAgencyId: 'police-tirana' });
    expect(parseEntry(wire({ granteeAgencyId: undefined }))).toMatchObject({ granteeAgencyId: null });
  });

  it('reads the grantee type a ledger entry names, and none from a peer that does not send the field yet', () => {
    expect(parseEntry(wire({ granteeAgencyType: 'SHELTER_STATE' }))).toMatchObject({ granteeAgencyType: 'SHELTER_STATE' });
    expect(parseEntry(wire({ granteeAgencyType: undefined }))).toMatchObject({ granteeAgencyType: null });
  });

  it.each([
    ['a grantee that is not an agency code', { granteeAgencyId: 'Police of Tirana' }],
    ['a grantee type that is not an agency type', { granteeAgencyType: 'SHELTERS' }],
    ['an unknown action', { action: 'DELETE' }],
    ['an unknown basis', { basis: 'WHIM' }],
    ['an unknown category', { categories: ['EVERYTHING'] }],
    ['a time that is not one', { at: 'yesterday' }],
    ['a missing id', { id: undefined }],
  ])('refuses %s', (_name, overrides) => {
    expect(parseEntry(wire(overrides))).toBeNull();
  });
});

describe('paging the merged trail (auditEntries)', () => {
  const trails = [
    // Two services with entries at the same instant: the order is at DESC, service name, seq DESC.
    { service: 'shelters', entries: [entry('s3', '2026-03-01T10:00:05Z', '30'), entry('s2', '2026-03-01T10:00:05Z', '29'), entry('s1', '2026-03-01T10:00:01Z', '28')] },
    { service: 'identification', entries: [entry('i3', '2026-03-01T10:00:05Z', '7'), entry('i2', '2026-03-01T10:00:03Z', '6'), entry('i1', '2026-03-01T10:00:01Z', '5')] },
  ];
  const all = ['i3', 's3', 's2', 'i2', 'i1', 's1'];

  /** What a chain would answer for a page: its entries after the keyset, newest first, at most `limit`. */
  function answer(service: string, after: ReturnType<typeof decodeAuditCursor>, limit: number) {
    const own = trails.find((trail) => trail.service === service)!.entries;
    const keyset = after ? keysetAfter(after, service) : null;
    const entries = own.filter((candidate) => {
      if (!keyset) return true;
      if (candidate.at.getTime() !== keyset.at.getTime()) return candidate.at.getTime() < keyset.at.getTime();
      return keyset.seq === null || BigInt(candidate.seq) < BigInt(keyset.seq);
    });
    return { service, entries: entries.slice(0, limit) };
  }

  it('gives every entry exactly once, in one total order, whatever the page size', () => {
    for (const size of [1, 2, 3, 4, 6, 7]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let guard = 0; guard < 20; guard += 1) {
        const after = cursor === null ? null : decodeAuditCursor(cursor, ['identification', 'shelters']);
        const page = mergePage(
          trails.map((trail) => answer(trail.service, after, size + 1)),
          size,
        );
        seen.push(...page.entries.map((item) => item.id));
        if (!page.hasNextPage) break;
        cursor = encodeAuditCursor(page.entries.at(-1)!);
      }
      expect({ size, seen }).toEqual({ size, seen: all });
    }
  });

  it('resumes a chain ordered before the cursor after the instant, one ordered after at the instant', () => {
    const cursor = { at: new Date('2026-03-01T10:00:05Z'), service: 'identification', seq: '7' };
    expect(keysetAfter(cursor, 'identification')).toEqual({ at: cursor.at, seq: '7' });
    expect(keysetAfter(cursor, 'shelters')).toEqual({ at: cursor.at, seq: null });
    expect(keysetAfter({ ...cursor, service: 'shelters' }, 'identification')).toEqual({ at: cursor.at, seq: '0' });
    expect(compareMerged(cursor, { ...cursor, service: 'shelters' })).toBeLessThan(0);
  });

  it('accepts only cursors it could have handed out', () => {
    const cursor = encodeAuditCursor({ at: new Date('2026-03-01T10:00:05Z'), service: 'shelters', seq: '12' });
    expect(decodeAuditCursor(cursor, ['identification', 'shelters'])).toEqual({ at: new Date('2026-03-01T10:00:05Z'), service: 'shelters', seq: '12' });
    expect(decodeAuditCursor(cursor, ['identification'])).toBeNull();
    for (const bad of ['', 'not base64!', Buffer.from('[1,2,3]').toString('base64url'), Buffer.from('["x","shelters","1"]').toString('base64url')]) {
      expect(decodeAuditCursor(bad, ['identification', 'shelters'])).toBeNull();
    }
    expect(decodeAuditCursor(Buffer.from('["2026-03-01T10:00:05Z","shelters","1; DROP"]').toString('base64url'), ['shelters'])).toBeNull();
  });
});
