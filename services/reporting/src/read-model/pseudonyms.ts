import { createHash, hash, randomBytes } from 'node:crypto';

const BLOCK = 64;
const CACHE_LIMIT = 500_000;

/**
 * The read model's keys (docs/statistics.md): HMAC-SHA-256 of the platform's id under `REPORTING_PSEUDONYM_KEY`, hex.
 * The same id always gives the same key, so events about one person (or referral, case, permit) meet; without the key
 * nobody can go from an id to its row or back. `random()` is what an erasure puts in their place: the same shape, and
 * nothing leads to it.
 *
 * HMAC (RFC 2104) is written out over node's one-shot SHA-256 (`crypto.hash`) on buffers holding the key's pads, so no
 * hash object is made per id (three times faster than copying pre-hashed pads), and recent ids are remembered: a
 * rebuild computes millions of them (pseudonyms.spec.ts checks it against node's createHmac).
 */
export class Pseudonyms {
  /** The inner pad followed by room for the id. */
  private inner: Buffer;
  /** The outer pad followed by the inner digest. */
  private readonly outer: Buffer;
  private readonly cache = new Map<string, string>();

  constructor(key: string) {
    let block = Buffer.from(key, 'utf8');
    if (block.length > BLOCK) block = createHash('sha256').update(block).digest();
    const padded = Buffer.alloc(BLOCK);
    block.copy(padded);
    this.inner = Buffer.alloc(BLOCK * 2);
    this.inner.set(padded.map((byte) => byte ^ 0x36));
    this.outer = Buffer.alloc(BLOCK + 32);
    this.outer.set(padded.map((byte) => byte ^ 0x5c));
  }

  of(id: string): string {
    const normalised = id.toLowerCase();
    let key = this.cache.get(normalised);
    if (key === undefined) {
      if (this.inner.length - BLOCK < normalised.length * 3) {
        const larger = Buffer.alloc(BLOCK + normalised.length * 3);
        this.inner.copy(larger, 0, 0, BLOCK);
        this.inner = larger;
      }
      const length = this.inner.write(normalised, BLOCK, 'utf8');
      hash('sha256', this.inner.subarray(0, BLOCK + length), 'buffer').copy(this.outer, BLOCK);
      key = hash('sha256', this.outer, 'hex');
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(normalised, key);
    }
    return key;
  }

  random(): string {
    return randomBytes(32).toString('hex');
  }
}
