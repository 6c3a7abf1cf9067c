import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { serviceList } from './service-list';

// Used by Jest's globalSetup too, which loads without the @nrm/* path mapping: only node modules and relative imports.

/** One service's event key pair for this test run: base64 DER (PKCS#8 private, SPKI public), as the config reads them. */
export interface RunEventKey {
  keyId: string;
  privateKey: string;
  publicKey: string;
}

const VARIABLE = 'NRM_TEST_EVENT_KEYS';

/**
 * The run's event key pairs, one per subgraph, made once (by globalSetup, or on first use) and kept in the environment
 * so every Jest worker and every spawned service of the run agree on them. Never written anywhere else.
 */
export function runEventKeys(env: NodeJS.ProcessEnv = process.env): Record<string, RunEventKey> {
  const existing = env[VARIABLE];
  if (existing) return JSON.parse(existing) as Record<string, RunEventKey>;
  const keyId = `test-${randomBytes(4).toString('hex')}`;
  const keys = Object.fromEntries(
    serviceList().subgraphs.map((service) => {
      const pair = generateKeyPairSync('ed25519');
      const privateKey = pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
      const publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
      return [service.name, { keyId, privateKey, publicKey }];
    }),
  );
  env[VARIABLE] = JSON.stringify(keys);
  return keys;
}

/** The event variables one service of the run boots with: its own private key, every producer's public key. */
export function eventKeyEnv(service: string): Record<string, string> {
  const keys = runEventKeys();
  const own = keys[service];
  const publicKeys = Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, { [key.keyId]: key.publicKey }]));
  return {
    ...(own ? { EVENT_SIGNING_KEY: own.privateKey, EVENT_SIGNING_KEY_ID: own.keyId } : {}),
    EVENT_PUBLIC_KEYS: JSON.stringify(publicKeys),
  };
}
