import { AccessDecision, AgencyType, DataCategory, LegalBasis } from '@nrm/domain';
import { AuditAction, canonicalAuditPayload, sealAuditEntry } from './audit-entry';
import { chainHash, GENESIS_HASH, type StoredAuditEntry, verifyEntries } from './hash-chain';

/**
 * What append_audit_entries does in the database, for a chain held in memory; `grantees[i]` names entry i's grantee and
 * `granteeTypes[i]` its grantee agency type.
 */
function buildChain(length: number, grantees: ReadonlyArray<string | null> = [], granteeTypes: ReadonlyArray<AgencyType | null> = []): StoredAuditEntry[] {
  const chain: StoredAuditEntry[] = [];
  for (let index = 0; index < length; index += 1) {
    const payload = sealAuditEntry({
      actor: { subject: `sub-${index}`, username: 'ra.officer', agencyId: 'responsible-authority', role: 'ra_officer' },
      personId: '8f14e45f-ceea-467f-a0e6-0e9c6a4d1b2a',
      categories: [DataCategory.IDENTITY],
      action: AuditAction.READ,
      basis: LegalBasis.LEGAL_MANDATE,
      decision: AccessDecision.ALLOWED,
      correlationId: null,
      granteeAgencyId: grantees[index] ?? null,
      granteeAgencyType: granteeTypes[index] ?? null,
      at: new Date(Date.UTC(2026, 10, 29, 12, 0, index)),
    });
    const prev = chain.at(-1)?.hash ?? GENESIS_HASH;
    const seq = String(index + 1);
    chain.push({ ...payload, seq, prev_hash: prev, hash: chainHash(prev, seq, canonicalAuditPayload(payload)) });
  }
  return chain;
}

/** Recomputes a row's own hash after editing it, as a careful forger would. */
function rehash(entry: StoredAuditEntry): StoredAuditEntry {
  return { ...entry, hash: chainHash(entry.prev_hash, entry.seq, canonicalAuditPayload(entry)) };
}

describe('audit hash chain', () => {
  it('hashes prev_hash, seq and the canonical payload with sha256', () => {
    expect(chainHash(GENESIS_HASH, 1, '{}')).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, 1, '{}')).not.toBe(chainHash(GENESIS_HASH, 2, '{}'));
    expect(chainHash(GENESIS_HASH, 1n, '{}')).toBe(chainHash(GENESIS_HASH, '1', '{}'));
  });

  it('verifies an intact chain and reports its head', () => {
    const chain = buildChain(5);
    expect(verifyEntries(chain)).toEqual({ ok: true, entriesChecked: 5, firstBrokenAt: null, lastSeq: '5', headHash: chain[4].hash });
  });

  it('verifies a chain where entries without a grantee (as all were once) and entries naming one alternate', () => {
    const chain = buildChain(4, [null, 'cpu-tirana', null, 'shelter-a']);
    expect(verifyEntries(chain)).toMatchObject({ ok: true, entriesChecked: 4 });
    // A row read back from a table without the column verifies the same way.
    const { grantee_agency_id: _absent, ...withoutColumn } = chain[0];
    expect(verifyEntries([withoutColumn as StoredAuditEntry, ...chain.slice(1)]).ok).toBe(true);
  });

  it('names an entry whose grantee was edited, added or removed', () => {
    const changed = buildChain(3, [null, 'cpu-tirana']);
    changed[1] = { ...changed[1], grantee_agency_id: 'police-tirana' };
    expect(verifyEntries(changed).firstBrokenAt).toBe(changed[1].id);
    const added = buildChain(3, [null, 'cpu-tirana']);
    added[0] = { ...added[0], grantee_agency_id: 'police-tirana' };
    expect(verifyEntries(added).firstBrokenAt).toBe(added[0].id);
    const removed = buildChain(3, [null, 'cpu-tirana']);
    removed[1] = { ...removed[1], grantee_agency_id: null };
    expect(verifyEntries(removed).firstBrokenAt).toBe(removed[1].id);
  });

  it('verifies a chain mixing entries without a grantee, naming an agency and naming an agency type', () => {
    const chain = buildChain(4, [null, 'cpu-tirana', null, null], [null, null, AgencyType.SHELTER_STATE, null]);
    expect(verifyEntries(chain)).toMatchObject({ ok: true, entriesChecked: 4 });
    // A row read back from a table without the column verifies the same way.
    const { grantee_agency_type: _absent, ...withoutColumn } = chain[1];
    expect(verifyEntries([chain[0], withoutColumn as StoredAuditEntry, ...chain.slice(2)]).ok).toBe(true);
  });

  it('names an entry whose grantee type was edited, added or removed', () => {
    const types = [null, AgencyType.SHELTER_STATE];
    const changed = buildChain(3, [], types);
    changed[1] = { ...changed[1], grantee_agency_type: AgencyType.SHELTER_NGO };
    expect(verifyEntries(changed).firstBrokenAt).toBe(changed[1].id);
    const added = buildChain(3, [], types);
    added[0] = { ...added[0], grantee_agency_type: AgencyType.HEALTH };
    expect(verifyEntries(added).firstBrokenAt).toBe(added[0].id);
    const removed = buildChain(3, [], types);
    removed[1] = { ...removed[1], grantee_agency_type: null };
    expect(verifyEntries(removed).firstBrokenAt).toBe(removed[1].id);
  });

  it('verifies an empty chain', () => {
    expect(verifyEntries([])).toEqual({ ok: true, entriesChecked: 0, firstBrokenAt: null, lastSeq: null, headHash: null });
  });

  it('names an edited row', () => {
    const chain = buildChain(5);
    chain[2] = { ...chain[2], actor_agency_id: 'police-tirana' };
    expect(verifyEntries(chain)).toMatchObject({ ok: false, entriesChecked: 3, firstBrokenAt: chain[2].id });
  });

  it('names the row after an edited row whose own hash was recomputed', () => {
    const chain = buildChain(5);
    chain[2] = rehash({ ...chain[2], categories: ['SUMMARY'] });
    expect(verifyEntries(chain).firstBrokenAt).toBe(chain[3].id);
  });

  it('names the row after a deleted one, even when later rows are renumbered', () => {
    const chain = buildChain(5);
    const gap = [...chain.slice(0, 2), ...chain.slice(3)];
    expect(verifyEntries(gap).firstBrokenAt).toBe(chain[3].id);
    const renumbered = gap.map((entry, index) => ({ ...entry, seq: String(index + 1) }));
    expect(verifyEntries(renumbered).firstBrokenAt).toBe(chain[3].id);
  });

  it('names the first remaining row when the first one is deleted', () => {
    const chain = buildChain(3);
    expect(verifyEntries(chain.slice(1)).firstBrokenAt).toBe(chain[1].id);
  });

  it('detects reordered rows, with or without their seq swapped', () => {
    const chain = buildChain(4);
    const swapped = [chain[0], { ...chain[2], seq: '2' }, { ...chain[1], seq: '3' }, chain[3]];
    expect(verifyEntries(swapped).firstBrokenAt).toBe(chain[2].id);
    const moved = [chain[0], chain[2], chain[1], chain[3]];
    expect(verifyEntries(moved).firstBrokenAt).toBe(chain[2].id);
  });

  it('detects a sub-millisecond edit of the time', () => {
    const chain = buildChain(2);
    chain[0] = { ...chain[0], at: chain[0].at.replace('.000000Z', '.000001Z') };
    expect(verifyEntries(chain).firstBrokenAt).toBe(chain[0].id);
  });

  it('cannot see a removed tail by itself, but the head hash it reports changes', () => {
    const chain = buildChain(4);
    const before = verifyEntries(chain);
    const after = verifyEntries(chain.slice(0, 3));
    expect(after.ok).toBe(true);
    expect(after.headHash).not.toBe(before.headHash);
  });
});
