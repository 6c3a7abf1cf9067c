import { createHash } from 'node:crypto';
import { AUDIT_PAYLOAD_KEYS, type AuditPayload, canonicalAuditPayload } from './audit-entry';

/** The `prev_hash` of the first entry of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * hash = sha256(prev_hash "\n" seq "\n" canonical JSON), hex. The database computes the same thing when it appends
 * (`sha256(convert_to(prev_hash || E'\n' || seq || E'\n' || payload, 'UTF8'))`); this is the independent recomputation.
 * The position (seq) is hashed too, so renumbering rows breaks the chain as surely as reordering them.
 */
export function chainHash(prevHash: string, seq: bigint | number | string, canonicalPayload: string): string {
  return createHash('sha256').update(`${prevHash}\n${BigInt(seq).toString()}\n${canonicalPayload}`, 'utf8').digest('hex');
}

/** An `audit_entry` row as verification reads it (seq as text: bigint). */
export interface StoredAuditEntry extends AuditPayload {
  seq: string;
  prev_hash: string;
  hash: string;
}

export interface ChainVerification {
  ok: boolean;
  /** Entries examined, up to and including the first broken one. */
  entriesChecked: number;
  /** Id of the first entry whose content, position or link to its predecessor does not verify. */
  firstBrokenAt: string | null;
  /** Seq and hash of the last entry examined: record them elsewhere to detect a truncated tail later. */
  lastSeq: string | null;
  headHash: string | null;
}

/**
 * Walks a chain in seq order and stops at the first entry that does not verify:
 * - an edited row: its recomputed hash differs from the stored one;
 * - a deleted row: the next seq is not previous + 1, and the next row's prev_hash names a hash that is gone;
 * - reordered or renumbered rows: prev_hash does not match the predecessor, and seq is part of the hash;
 * - an edited row whose hash was recomputed too: its successor's prev_hash no longer matches.
 * What a chain alone cannot show is the removal of its newest entries; compare `headHash` with an earlier anchor.
 */
export class ChainVerifier {
  private expectedSeq = 1n;
  private previousHash = GENESIS_HASH;
  private checked = 0;
  private broken: string | null = null;
  private last: { seq: string; hash: string } | null = null;

  /** Checks the next entry; false once the chain is broken (later entries are then not examined). */
  check(entry: StoredAuditEntry): boolean {
    if (this.broken) return false;
    this.checked += 1;
    const seq = BigInt(entry.seq);
    const recomputed = chainHash(this.previousHash, this.expectedSeq, canonicalAuditPayload(pickPayload(entry)));
    if (seq !== this.expectedSeq || entry.prev_hash !== this.previousHash || entry.hash !== recomputed) {
      this.broken = entry.id;
      return false;
    }
    this.previousHash = entry.hash;
    this.expectedSeq = seq + 1n;
    this.last = { seq: entry.seq, hash: entry.hash };
    return true;
  }

  result(): ChainVerification {
    return {
      ok: this.broken === null,
      entriesChecked: this.checked,
      firstBrokenAt: this.broken,
      lastSeq: this.last?.seq ?? null,
      headHash: this.last?.hash ?? null,
    };
  }
}

/** Only the hashed fields, whatever else the row carries. */
function pickPayload(entry: StoredAuditEntry): AuditPayload {
  const payload: Record<string, unknown> = {};
  for (const key of AUDIT_PAYLOAD_KEYS) payload[key] = entry[key];
  return payload as unknown as AuditPayload;
}

/** Verifies entries already in memory (tests, small exports). */
export function verifyEntries(entries: Iterable<StoredAuditEntry>): ChainVerification {
  const verifier = new ChainVerifier();
  for (const entry of entries) if (!verifier.check(entry)) break;
  return verifier.result();
}
