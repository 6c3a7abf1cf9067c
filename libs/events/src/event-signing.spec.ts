import { generateKeyPairSync, type KeyObject, randomUUID } from 'node:crypto';
import type { EventEnvelope } from './contracts';
import { canonicalJson, EventSigner, EventVerifier, signedBytes } from './event-signing';

const pair = () => generateKeyPairSync('ed25519');
const shelters = pair();
const referral = pair();
const formalIdentification = pair();
const rotatedShelters = pair();

function caseOpened(): EventEnvelope<'case.opened'> {
  return {
    id: randomUUID(),
    type: 'case.opened',
    aggregateId: randomUUID(),
    payload: { caseId: randomUUID(), referralId: randomUUID(), personId: randomUUID(), reference: 'NRM-2099-000001', providerAgencyId: 'shelter-a' },
    occurredAt: '2026-12-02T00:00:00.000Z',
    correlationId: 'c-1',
    producer: 'shelters',
  };
}

const keys = (entries: Array<[string, Array<[string, KeyObject]>]>) => new Map(entries.map(([service, byId]) => [service, new Map(byId)]));
const verifier = new EventVerifier(
  keys([['shelters', [['k1', shelters.publicKey]]], ['referral', [['k1', referral.publicKey]]], ['formal-identification', [['k1', formalIdentification.publicKey]]]]),
);

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true }, e: undefined })).toBe('{"a":{"c":true,"d":[1,"x",null]},"b":1}');
  });

  it('gives the same text whatever the key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ x: 1, y: { p: 2, q: 3 } })).toBe(canonicalJson({ y: { q: 3, p: 2 }, x: 1 }));
  });

  it('refuses what JSON cannot carry', () => {
    expect(() => canonicalJson({ at: new Date() })).toThrow(TypeError);
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
  });

  it('covers every field but the signature', () => {
    const signed = new EventSigner('shelters', 'k1', shelters.privateKey).sign(caseOpened());
    const text = signedBytes(signed).toString('utf8');
    expect(text).toContain('"keyId":"k1"');
    expect(text).toContain('"producer":"shelters"');
    expect(text).not.toContain(signed.signature);
  });
});

describe('EventSigner and EventVerifier', () => {
  const signer = new EventSigner('shelters', 'k1', shelters.privateKey);

  it('accepts an envelope signed by the producer that owns its type', () => {
    const signed = signer.sign(caseOpened());
    expect(verifier.verify(signed)).toEqual({ accepted: true, envelope: signed });
  });

  it('still verifies after a JSON round trip with the keys in another order (BullMQ, jsonb)', () => {
    const signed = signer.sign(caseOpened());
    const reordered = Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(signed)) as Record<string, unknown>).reverse());
    expect(verifier.verify(reordered).accepted).toBe(true);
  });

  it('refuses an unsigned envelope', () => {
    expect(verifier.verify(caseOpened())).toEqual({ accepted: false, reason: 'unsigned' });
  });

  it('refuses a tampered payload, producer field or key id', () => {
    const signed = signer.sign(caseOpened());
    expect(verifier.verify({ ...signed, payload: { ...signed.payload, providerAgencyId: 'shelter-b' } })).toEqual({ accepted: false, reason: 'bad-signature' });
    expect(verifier.verify({ ...signed, correlationId: 'other' })).toEqual({ accepted: false, reason: 'bad-signature' });
    expect(verifier.verify({ ...signed, extra: 'field' })).toEqual({ accepted: false, reason: 'bad-signature' });
    expect(verifier.verify({ ...signed, keyId: 'k2' })).toEqual({ accepted: false, reason: 'unknown-key' });
  });

  it('refuses an event signed with another service key under the owner name', () => {
    const forged = new EventSigner('shelters', 'k1', referral.privateKey).sign(caseOpened());
    expect(verifier.verify(forged)).toEqual({ accepted: false, reason: 'bad-signature' });
  });

  it('refuses an event of a type its (genuine) producer does not own', () => {
    const byReferral = { ...caseOpened(), producer: 'referral' as const };
    // The signer itself refuses to sign it, so build the signature by hand as a compromised service would.
    const signed = { ...byReferral, keyId: 'k1', signature: 'A'.repeat(86) + '==' };
    expect(verifier.verify(signed)).toEqual({ accepted: false, reason: 'wrong-producer' });
    expect(() => new EventSigner('referral', 'k1', referral.privateKey).sign(byReferral)).toThrow(/referral does not publish case.opened/);
  });

  it('refuses unknown types and malformed data', () => {
    expect(verifier.verify({ ...signer.sign(caseOpened()), type: 'case.reopened' })).toEqual({ accepted: false, reason: 'unknown-type' });
    expect(verifier.verify('text')).toEqual({ accepted: false, reason: 'malformed' });
    expect(verifier.verify({ ...caseOpened(), payload: null })).toEqual({ accepted: false, reason: 'malformed' });
    expect(verifier.verify({ ...signer.sign(caseOpened()), signature: 42 })).toEqual({ accepted: false, reason: 'malformed' });
  });

  it('accepts the old and the new key while a key rotates, and only the listed ones', () => {
    const rotating = new EventVerifier(keys([['shelters', [['k1', shelters.publicKey], ['k2', rotatedShelters.publicKey]]]]));
    const oldSigned = signer.sign(caseOpened());
    const newSigned = new EventSigner('shelters', 'k2', rotatedShelters.privateKey).sign(caseOpened());
    expect(rotating.verify(oldSigned).accepted).toBe(true);
    expect(rotating.verify(newSigned).accepted).toBe(true);
    // A key id names one key: the new key under the old id does not verify.
    expect(rotating.verify({ ...newSigned, keyId: 'k1' })).toEqual({ accepted: false, reason: 'bad-signature' });
    // Once the old key is retired, what it signed is refused.
    const retired = new EventVerifier(keys([['shelters', [['k2', rotatedShelters.publicKey]]]]));
    expect(retired.verify(oldSigned)).toEqual({ accepted: false, reason: 'unknown-key' });
  });

  it('names the producers a consumer has no key for', () => {
    expect(new EventVerifier(keys([['referral', [['k1', referral.publicKey]]]])).producersWithoutKeys('identification')).toEqual(['shelters', 'formal-identification']);
    expect(verifier.producersWithoutKeys('identification')).toEqual([]);
  });

  it('refuses a private key where public keys belong, and unknown services', () => {
    expect(() => new EventVerifier(keys([['shelters', [['k1', shelters.privateKey]]]]))).toThrow(/public/);
    expect(() => new EventVerifier(keys([['nobody', [['k1', shelters.publicKey]]]]))).toThrow(/nobody/);
  });
});
