import { AccessDecision, LegalBasis } from '@nrm/domain';
import { AuditAction } from './audit-entry';
import { parseEntry } from './audit-peers.client';
import type { AuditEntryRecord } from './audit-trail.reader';
import { combineVerifications, mergeTrails, type ServiceChainVerification } from './federated-trail';

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

  it.each([
    ['an unknown action', { action: 'DELETE' }],
    ['an unknown basis', { basis: 'WHIM' }],
    ['an unknown category', { categories: ['EVERYTHING'] }],
    ['a time that is not one', { at: 'yesterday' }],
    ['a missing id', { id: undefined }],
  ])('refuses %s', (_name, overrides) => {
    expect(parseEntry(wire(overrides))).toBeNull();
  });
});
