import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';

/** A key id names one key of a producer, so several can be accepted while keys rotate. */
const EVENT_KEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const SERVICE_NAME_PATTERN = /^[a-z][a-z0-9-]{0,62}$/;

/** PEM as is, or base64 DER (PKCS#8 for a private key, SPKI for a public one): one line fits an env variable. */
function keyBytes(text: string): string | Buffer {
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) return trimmed.replace(/\\n/g, '\n');
  if (!/^[A-Za-z0-9+/=\s]+$/.test(trimmed)) throw new Error('not PEM or base64 DER');
  return Buffer.from(trimmed, 'base64');
}

/** Parses an Ed25519 key; any other algorithm or malformed text is refused (the message never echoes the key). */
function parseEd25519Key(text: string, kind: 'private' | 'public'): KeyObject {
  const bytes = keyBytes(text);
  // createPublicKey would derive a public key from a private one: a private key in a public slot is a leak, refuse it.
  if (typeof bytes === 'string' && kind === 'public' && bytes.includes('PRIVATE KEY')) throw new Error('a private key where a public one belongs');
  const key =
    kind === 'private'
      ? createPrivateKey(typeof bytes === 'string' ? bytes : { key: bytes, format: 'der', type: 'pkcs8' })
      : createPublicKey(typeof bytes === 'string' ? bytes : { key: bytes, format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`expected an Ed25519 key, got ${key.asymmetricKeyType ?? 'unknown'}`);
  return key;
}

function ed25519Key(kind: 'private' | 'public') {
  return z.string().transform((value, context): KeyObject => {
    try {
      return parseEd25519Key(value, kind);
    } catch {
      context.addIssue({ code: 'custom', message: `expected an Ed25519 ${kind} key, PEM or base64 DER` });
      return z.NEVER;
    }
  });
}

/** service → key id → public key: the producers whose events this service accepts, by the keys they sign with. */
type EventPublicKeys = ReadonlyMap<string, ReadonlyMap<string, KeyObject>>;

/**
 * EVENT_PUBLIC_KEYS: JSON `{"<service>": {"<key id>": "<public key>"}}`. Several key ids per service while a
 * producer's key rotates.
 */
const eventPublicKeys = z
  .string()
  .default('{}')
  .transform((value, context): unknown => {
    try {
      return JSON.parse(value);
    } catch {
      context.addIssue({ code: 'custom', message: 'expected JSON {"<service>": {"<key id>": "<Ed25519 public key>"}}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string().regex(SERVICE_NAME_PATTERN, 'expected a service name'), z.record(z.string().regex(EVENT_KEY_ID_PATTERN, 'expected a key id'), ed25519Key('public'))))
  .transform((services): EventPublicKeys => new Map(Object.entries(services).map(([service, keys]) => [service, new Map(Object.entries(keys))])));

/** How this service signs the events it publishes and checks the ones it consumes (docs/events.md). */
export const eventKeysConfigShape = {
  /** This service's Ed25519 private key; needed only by a service that publishes events. */
  EVENT_SIGNING_KEY: ed25519Key('private').optional(),
  /** The id consumers know EVENT_SIGNING_KEY's public half by (in their EVENT_PUBLIC_KEYS). */
  EVENT_SIGNING_KEY_ID: z.string().regex(EVENT_KEY_ID_PATTERN, 'expected letters, digits, dots, dashes or underscores').optional(),
  EVENT_PUBLIC_KEYS: eventPublicKeys,
};
