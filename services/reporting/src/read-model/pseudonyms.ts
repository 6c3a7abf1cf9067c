import { createHash, type Hash, randomBytes } from 'node:crypto';

const BLOCK = 64;
const CACHE_LIMIT = 500_000;

/**
 * The read model's keys (docs/statistics.md): HMAC-SHA-256 of the platform's id under `REPORTING_PSEUDONYM_KEY`, hex.
 * The same id always gives the same key, so events about one person (or referral, case, permit) meet; without the key
 * nobody can go from an id to its row or back. `random()` is what an erasure puts in their place: the same shape, and
 * nothing leads to it.
 *
 * HMAC (RFC 2104) is written out over node's SHA-256 so that the key's inner and outer pads are hashed once, not per
 * id, and recent ids are remembered: a rebuild computes millions of them (pseudonyms.spec.ts checks it against
 * node's createHmac).
 */
export class Pseudonyms {
  private readonly inner: Hash;
  private readonly outer: Hash;
  private readonly cache = new Map<string, string>();

  constructor(key: string) {
    let block = Buffer.from(key, 'utf8');
    if (block.length > BLOCK) block = createHash('sha256').update(block).digest();
    const padded = Buffer.alloc(BLOCK);
    block.copy(padded);
    this.inner = createHash('sha256').update(padded.map((byte) => byte ^ 0x36));
    this.outer = createHash('sha256').update(padded.map((byte) => byte ^ 0x5c));
  }

  of(id: string): string {
    const normalised = id.toLowerCase();
    let key = this.cache.get(normalised);
    if (key === undefined) {
      const innerDigest = this.inner.copy().update(normalised, 'utf8').digest();
      key = this.outer.copy().update(innerDigest).digest('hex');
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(normalised, key);
    }
    return key;
  }

  random(): string {
    return randomBytes(32).toString('hex');
  }
}
