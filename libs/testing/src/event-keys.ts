import { createPrivateKey, createPublicKey } from 'node:crypto';
import { EventSigner, EventVerifier, type ServiceName } from '@nrm/events';
import { runEventKeys } from './run-event-keys';

/** Signs as `service` does in this test run (to publish a legitimate event by hand, or forge one with the wrong key). */
export function testEventSigner(service: ServiceName, as: ServiceName = service): EventSigner {
  const key = runEventKeys()[service];
  if (!key) throw new Error(`no event key for ${service} in this run`);
  return new EventSigner(as, key.keyId, createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' }));
}

/** A verifier holding every service's public key of this test run, as the run's services hold them. */
export function testEventVerifier(): EventVerifier {
  const keys = runEventKeys();
  return new EventVerifier(
    new Map(
      Object.entries(keys).map(([service, key]) => [
        service,
        new Map([[key.keyId, createPublicKey({ key: Buffer.from(key.publicKey, 'base64'), format: 'der', type: 'spki' })]]),
      ]),
    ),
  );
}
