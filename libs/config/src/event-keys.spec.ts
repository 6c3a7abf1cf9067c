import { generateKeyPairSync } from 'node:crypto';
import { baseConfigSchema, loadConfig } from './config';

const ed = generateKeyPairSync('ed25519');
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const der = (key: typeof ed.privateKey, type: 'pkcs8' | 'spki') => key.export({ format: 'der', type }).toString('base64');
const pem = (key: typeof ed.privateKey, type: 'pkcs8' | 'spki') => key.export({ format: 'pem', type }).toString();

describe('event key configuration', () => {
  it('reads the signing key and the public keys as base64 DER or PEM', () => {
    for (const [privateKey, publicKey] of [
      [der(ed.privateKey, 'pkcs8'), der(ed.publicKey, 'spki')],
      [pem(ed.privateKey, 'pkcs8'), pem(ed.publicKey, 'spki')],
    ]) {
      const config = loadConfig(baseConfigSchema, {
        EVENT_SIGNING_KEY: privateKey,
        EVENT_SIGNING_KEY_ID: '2026-12',
        EVENT_PUBLIC_KEYS: JSON.stringify({ shelters: { '2026-12': publicKey, '2026-06': der(generateKeyPairSync('ed25519').publicKey, 'spki') } }),
      });
      expect(config.EVENT_SIGNING_KEY?.asymmetricKeyType).toBe('ed25519');
      expect(config.EVENT_SIGNING_KEY?.type).toBe('private');
      expect([...(config.EVENT_PUBLIC_KEYS.get('shelters')?.keys() ?? [])]).toEqual(['2026-12', '2026-06']);
    }
  });

  it('defaults to no keys (a service that neither publishes nor consumes needs none)', () => {
    const config = loadConfig(baseConfigSchema, {});
    expect(config.EVENT_SIGNING_KEY).toBeUndefined();
    expect(config.EVENT_PUBLIC_KEYS.size).toBe(0);
  });

  it.each([
    ['a malformed signing key', { EVENT_SIGNING_KEY: 'not-a-key!', EVENT_SIGNING_KEY_ID: 'k1' }, 'EVENT_SIGNING_KEY'],
    ['an RSA signing key', { EVENT_SIGNING_KEY: der(rsa.privateKey, 'pkcs8'), EVENT_SIGNING_KEY_ID: 'k1' }, 'EVENT_SIGNING_KEY'],
    ['a signing key without its id', { EVENT_SIGNING_KEY: der(ed.privateKey, 'pkcs8') }, 'EVENT_SIGNING_KEY_ID'],
    ['public keys that are not JSON', { EVENT_PUBLIC_KEYS: 'shelters=abc' }, 'EVENT_PUBLIC_KEYS'],
    ['a malformed public key', { EVENT_PUBLIC_KEYS: JSON.stringify({ shelters: { k1: 'AAAA' } }) }, 'EVENT_PUBLIC_KEYS'],
    ['a private key among the public ones', { EVENT_PUBLIC_KEYS: JSON.stringify({ shelters: { k1: pem(ed.privateKey, 'pkcs8') } }) }, 'EVENT_PUBLIC_KEYS'],
    ['a malformed key id', { EVENT_PUBLIC_KEYS: JSON.stringify({ shelters: { 'k 1': der(ed.publicKey, 'spki') } }) }, 'EVENT_PUBLIC_KEYS'],
  ])('refuses to boot on %s, without echoing the key', (_label, env, variable) => {
    expect(() => loadConfig(baseConfigSchema, env)).toThrow(variable);
    try {
      loadConfig(baseConfigSchema, env);
    } catch (error) {
      for (const value of Object.values(env)) expect((error as Error).message).not.toContain(value);
    }
  });
});
