import { createHmac, randomBytes } from 'node:crypto';

/**
 * The read model's keys (docs/statistics.md): HMAC-SHA-256 of the platform's id under `REPORTING_PSEUDONYM_KEY`, hex.
 * The same id always gives the same key, so events about one person (or referral, case, permit) meet; without the key
 * nobody can go from an id to its row or back. `random()` is what an erasure puts in their place: the same shape, and
 * nothing leads to it.
 */
export class Pseudonyms {
  constructor(private readonly key: string) {}

  of(id: string): string {
    return createHmac('sha256', this.key).update(id.toLowerCase()).digest('hex');
  }

  random(): string {
    return randomBytes(32).toString('hex');
  }
}
