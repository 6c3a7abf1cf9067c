import { generateKeyPairSync, randomUUID } from 'node:crypto';
import express from 'express';
import request from 'supertest';
import { baseConfigSchema } from '@nrm/config';
import type { EventEnvelope } from '@nrm/events';
import { eventSignerFromConfig, eventVerifierFromConfig } from './messaging';
import { jsonBodyHandlers } from './request-body';

const der = (key: { export(options: { format: 'der'; type: 'pkcs8' | 'spki' }): Buffer }, type: 'pkcs8' | 'spki') => key.export({ format: 'der', type }).toString('base64');
const shelters = generateKeyPairSync('ed25519');
const identification = generateKeyPairSync('ed25519');

const configWith = (env: Record<string, string>) => baseConfigSchema.parse({ NODE_ENV: 'test', ...env });

const caseOpened = (): EventEnvelope<'case.opened'> => ({
  id: randomUUID(),
  type: 'case.opened',
  aggregateId: randomUUID(),
  payload: { caseId: randomUUID(), referralId: randomUUID(), personId: randomUUID(), reference: 'NRM-2026-000001', providerAgencyId: 'shelter-a' },
  occurredAt: '2026-12-02T00:00:00.000Z',
  correlationId: null,
  producer: 'shelters',
});

describe('the event keys of a service, from its configuration', () => {
  it("signs with the service's key so that a consumer holding its public key accepts the event", () => {
    const signer = eventSignerFromConfig('shelters', configWith({ EVENT_SIGNING_KEY: der(shelters.privateKey, 'pkcs8'), EVENT_SIGNING_KEY_ID: 'k1' }));
    // referral hears from shelters and identification: it needs a key of each.
    const verifier = eventVerifierFromConfig(
      'referral',
      configWith({ EVENT_PUBLIC_KEYS: JSON.stringify({ shelters: { k1: der(shelters.publicKey, 'spki') }, identification: { k1: der(identification.publicKey, 'spki') } }) }),
    );
    expect(verifier.verify(signer.sign(caseOpened()))).toMatchObject({ accepted: true });
  });

  it('refuses to start the relay of a publishing service without a signing key', () => {
    expect(() => eventSignerFromConfig('shelters', configWith({}))).toThrow(/shelters publishes events but has no EVENT_SIGNING_KEY/);
  });

  it('refuses to start a consumer that has no public key for a producer it hears from, naming the producer', () => {
    // referral hears from identification and shelters; only shelters' key is configured.
    const config = configWith({ EVENT_PUBLIC_KEYS: JSON.stringify({ shelters: { k1: der(shelters.publicKey, 'spki') } }) });
    expect(() => eventVerifierFromConfig('referral', config)).toThrow(/referral consumes events of identification but EVENT_PUBLIC_KEYS has no key for them/);
  });
});

describe('jsonBodyHandlers', () => {
  const app = express();
  app.use(...jsonBodyHandlers(64));
  app.post('/graphql', (req, res) => res.json({ received: req.body as unknown }));

  it('parses a JSON body within the limit', async () => {
    const response = await request(app).post('/graphql').send({ query: '{ a }' });
    expect([response.status, response.body]).toEqual([200, { received: { query: '{ a }' } }]);
  });

  it('answers a body over the limit with 413 and BAD_USER_INPUT on body', async () => {
    const response = await request(app).post('/graphql').send({ query: 'x'.repeat(100) });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ errors: [{ message: 'The request body is too large', extensions: { code: 'BAD_USER_INPUT', fields: ['body'] } }] });
  });

  it('answers a body that is not JSON with 400 and BAD_USER_INPUT on body, not an HTML page', async () => {
    const response = await request(app).post('/graphql').set('content-type', 'application/json').send('{"query":');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT', fields: ['body'] } }] });
  });
});
