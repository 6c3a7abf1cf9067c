import { createHmac, randomUUID } from 'node:crypto';
import { Pseudonyms } from './pseudonyms';

describe('Pseudonyms', () => {
  it('is HMAC-SHA-256 of the id under the key, hex, for short and long keys', () => {
    for (const key of ['nrm-dev-reporting-pseudonym-key-not-secret', 'k'.repeat(64), 'é'.repeat(100)]) {
      const pseudonyms = new Pseudonyms(key);
      for (let n = 0; n < 20; n += 1) {
        const id = randomUUID();
        expect(pseudonyms.of(id)).toBe(createHmac('sha256', key).update(id).digest('hex'));
        expect(pseudonyms.of(id)).toBe(pseudonyms.of(id.toUpperCase()));
      }
    }
  });

  it('is the same HMAC for ids longer than a block, and for those that follow them', () => {
    const key = 'nrm-dev-reporting-pseudonym-key-not-secret';
    const pseudonyms = new Pseudonyms(key);
    for (const id of ['x'.repeat(200), 'ë'.repeat(90), randomUUID(), 'short']) {
      expect(pseudonyms.of(id)).toBe(createHmac('sha256', key).update(id).digest('hex'));
    }
  });

  it('gives another key under another secret, and random keys of the same shape', () => {
    const id = randomUUID();
    expect(new Pseudonyms('a'.repeat(32)).of(id)).not.toBe(new Pseudonyms('b'.repeat(32)).of(id));
    expect(new Pseudonyms('a'.repeat(32)).random()).toMatch(/^[0-9a-f]{64}$/);
  });
});
