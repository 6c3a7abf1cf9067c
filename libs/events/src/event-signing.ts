import { type KeyObject, sign, verify } from 'node:crypto';
import {
  EVENT_PRODUCERS,
  type EventEnvelope,
  type EventType,
  eventTypesConsumedBy,
  isEventType,
  isServiceName,
  type ServiceName,
  type SignedEventEnvelope,
} from './contracts';

/** Signed bytes start with this, so an event signature can never be replayed as a signature over anything else. */
const SIGNATURE_CONTEXT = 'nrm.event.v1\n';
const KEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const ED25519_SIGNATURE_BYTES = 64;

/**
 * The canonical JSON of a value: object keys sorted, no whitespace, `undefined` members left out, only JSON types
 * (a finite number, string, boolean, null, array, plain object). PostgreSQL's jsonb reorders keys and BullMQ
 * round-trips through JSON, so producer and consumer must agree on bytes that do not depend on key order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no non-finite numbers');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

/** What the signature covers: every field of the envelope but the signature itself (key id and producer included). */
export function signedBytes(envelope: Omit<SignedEventEnvelope, 'signature'> & { signature?: unknown }): Buffer {
  const { signature: _signature, ...covered } = envelope;
  return Buffer.from(SIGNATURE_CONTEXT + canonicalJson(covered), 'utf8');
}

function assertEd25519(key: KeyObject, kind: 'private' | 'public'): void {
  if (key.type !== kind || key.asymmetricKeyType !== 'ed25519') throw new Error(`expected an Ed25519 ${kind} key`);
}

/** Signs the envelopes one service publishes, with its one current private key. */
export class EventSigner {
  constructor(
    readonly producer: ServiceName,
    readonly keyId: string,
    private readonly privateKey: KeyObject,
  ) {
    assertEd25519(privateKey, 'private');
    if (!KEY_ID_PATTERN.test(keyId)) throw new Error('event signing key id: expected letters, digits, dots, dashes or underscores');
  }

  sign<T extends EventType>(envelope: EventEnvelope<T>): SignedEventEnvelope<T> {
    // A bug that makes a service publish another's event fails here, loudly, rather than at every consumer.
    if (envelope.producer !== this.producer || EVENT_PRODUCERS[envelope.type] !== this.producer) {
      throw new Error(`${this.producer} does not publish ${envelope.type}`);
    }
    const unsigned = { ...envelope, keyId: this.keyId };
    return { ...unsigned, signature: sign(null, signedBytes(unsigned), this.privateKey).toString('base64') };
  }
}

/** Why a consumer refused an envelope; logged and kept with the dead letter. */
export type EventRejection = 'malformed' | 'unsigned' | 'unknown-type' | 'wrong-producer' | 'unknown-key' | 'bad-signature';

type EventVerdict = { accepted: true; envelope: SignedEventEnvelope } | { accepted: false; reason: EventRejection };

/** service → key id → public key. */
type ProducerPublicKeys = ReadonlyMap<string, ReadonlyMap<string, KeyObject>>;

/**
 * Checks envelopes against the producers' public keys only: holding it lets a service verify, never sign. An
 * envelope is accepted when its type is one the contracts know, it comes from the service that owns the type, and
 * one of that service's keys (by key id) verifies its signature over the canonical form.
 */
export class EventVerifier {
  private readonly keys: ReadonlyMap<ServiceName, ReadonlyMap<string, KeyObject>>;

  constructor(publicKeys: ProducerPublicKeys) {
    const keys = new Map<ServiceName, ReadonlyMap<string, KeyObject>>();
    for (const [service, byId] of publicKeys) {
      if (!isServiceName(service)) throw new Error(`event public keys: "${service}" is not a service of the platform`);
      for (const key of byId.values()) assertEd25519(key, 'public');
      keys.set(service, byId);
    }
    this.keys = keys;
  }

  /** The producers of events `consumer` subscribes to for which no public key is configured. */
  producersWithoutKeys(consumer: ServiceName): ServiceName[] {
    const producers = new Set(eventTypesConsumedBy(consumer).map((type) => EVENT_PRODUCERS[type]));
    return [...producers].filter((producer) => (this.keys.get(producer)?.size ?? 0) === 0);
  }

  verify(data: unknown): EventVerdict {
    if (!isEnvelopeShaped(data)) return { accepted: false, reason: 'malformed' };
    if (data.signature === undefined || data.keyId === undefined) return { accepted: false, reason: 'unsigned' };
    if (typeof data.signature !== 'string' || typeof data.keyId !== 'string') return { accepted: false, reason: 'malformed' };
    if (!isEventType(data.type)) return { accepted: false, reason: 'unknown-type' };
    if (data.producer !== EVENT_PRODUCERS[data.type]) return { accepted: false, reason: 'wrong-producer' };
    const key = this.keys.get(data.producer)?.get(data.keyId);
    if (!key) return { accepted: false, reason: 'unknown-key' };
    const signature = Buffer.from(data.signature, 'base64');
    if (signature.length !== ED25519_SIGNATURE_BYTES) return { accepted: false, reason: 'bad-signature' };
    let bytes: Buffer;
    try {
      bytes = signedBytes(data as unknown as SignedEventEnvelope);
    } catch {
      return { accepted: false, reason: 'malformed' };
    }
    if (!verify(null, bytes, key, signature)) return { accepted: false, reason: 'bad-signature' };
    return { accepted: true, envelope: data as unknown as SignedEventEnvelope };
  }
}

interface EnvelopeShape {
  id: string;
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  occurredAt: string;
  correlationId: string | null;
  producer: string;
  keyId?: unknown;
  signature?: unknown;
}

function isEnvelopeShaped(data: unknown): data is EnvelopeShape {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  return (
    typeof record['id'] === 'string' &&
    typeof record['type'] === 'string' &&
    typeof record['aggregateId'] === 'string' &&
    typeof record['payload'] === 'object' &&
    record['payload'] !== null &&
    !Array.isArray(record['payload']) &&
    typeof record['occurredAt'] === 'string' &&
    (record['correlationId'] === null || typeof record['correlationId'] === 'string') &&
    typeof record['producer'] === 'string'
  );
}
