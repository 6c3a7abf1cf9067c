import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { baseConfigSchema } from '@nrm/config';
import { AgencyType, Role } from '@nrm/domain';
import { ApiErrorCode } from '@nrm/graphql';
import { type IdentificationPeerConfig, PersonExportController, PersonExportReleaseClient, type PersonExportRequest, type PersonExportSource } from './person-export.controller';
import type { PersonExportPart } from './person-export';
import type { ServiceConfig, ServiceRuntime } from './runtime';

// A service's part of a subject access export is released only against identification's answer to the claim. Here
// identification is a local HTTP server answering the claim as the test sets it.
describe('PersonExportReleaseClient and PersonExportController', () => {
  const personId = randomUUID();
  const exportRequest = randomUUID();
  const requestId = randomUUID();
  let server: Server;
  let identificationUrl: string;
  /** What identification answers the next claim: status and body. */
  let answer: { status: number; body: unknown };
  const claims: Array<{ url: string | undefined; body: unknown; authorization: string | undefined }> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        claims.push({ url: request.url, body: body ? JSON.parse(body) : null, authorization: request.headers.authorization });
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    identificationUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    claims.length = 0;
    answer = { status: 200, body: { requestId, personId, reference: 'NRM-2026-000042' } };
  });

  const runtimeWith = (peer: Partial<IdentificationPeerConfig>): ServiceRuntime<ServiceConfig & Partial<IdentificationPeerConfig>> => ({
    name: 'shelters',
    schema: 'shelters',
    mode: 'api',
    config: { ...baseConfigSchema.parse({ NODE_ENV: 'test' }), PORT: 0, ...peer },
    logger: pino({ level: 'silent' }),
  });
  const client = () => new PersonExportReleaseClient(runtimeWith({ IDENTIFICATION_INTERNAL_URL: identificationUrl, IDENTIFICATION_TIMEOUT_MS: 2_000 }));
  // Only what the claim forwards: the caller's token and correlation id.
  const request = { headers: { authorization: 'Bearer ra-head' }, correlationId: 'corr-export' } as Partial<AuthenticatedRequest> as AuthenticatedRequest;

  it('refuses to be built without where identification is and how long to wait for it', () => {
    expect(() => new PersonExportReleaseClient(runtimeWith({}))).toThrow(/IDENTIFICATION_INTERNAL_URL and IDENTIFICATION_TIMEOUT_MS/);
    expect(() => new PersonExportReleaseClient(runtimeWith({ IDENTIFICATION_INTERNAL_URL: identificationUrl }))).toThrow(/IDENTIFICATION_TIMEOUT_MS/);
  });

  it("claims the part from identification with the caller's token, naming the service and the person, and returns the release", async () => {
    await expect(client().claim(request, exportRequest.toUpperCase(), personId)).resolves.toEqual({ requestId, personId, reference: 'NRM-2026-000042' });
    expect(claims).toEqual([
      { url: `/internal/subject-access/exports/${exportRequest}/parts`, body: { service: 'shelters', personId }, authorization: 'Bearer ra-head' },
    ]);
  });

  it('refuses without asking identification when there is no export request, or one that is not an id', async () => {
    for (const missing of [undefined, '', 'not-a-uuid', `${exportRequest}/../x`]) {
      await expect(client().claim(request, missing, personId)).rejects.toMatchObject({ code: ApiErrorCode.FORBIDDEN });
    }
    expect(claims).toEqual([]);
  });

  it('passes on identification refusing the claim', async () => {
    answer = { status: 403, body: { code: 'FORBIDDEN' } };
    await expect(client().claim(request, exportRequest, personId)).rejects.toMatchObject({ code: ApiErrorCode.FORBIDDEN });
  });

  it.each([
    ['another person', () => ({ requestId, personId: randomUUID(), reference: 'NRM-2026-000042' })],
    ['a request id that is not an id', () => ({ requestId: 'x', personId, reference: 'NRM-2026-000042' })],
    ['a reference that is not an NRM reference', () => ({ requestId, personId, reference: 'Jane Doe' })],
    ['nothing', () => null],
  ])('fails the export when identification releases %s', async (_what, body) => {
    answer = { status: 200, body: body() };
    await expect(client().claim(request, exportRequest, personId)).rejects.toMatchObject({ code: ApiErrorCode.INTERNAL });
  });

  describe('the controller', () => {
    const principal: Principal = {
      subject: randomUUID(),
      username: 'ra.head',
      roles: [Role.RA_HEAD],
      agencyId: 'ra',
      agencyType: AgencyType.RESPONSIBLE_AUTHORITY,
      clientId: 'nrm-web',
      tokenId: undefined,
      expiresAt: new Date('2099-01-01T00:00:00.000Z'),
      correlationId: 'corr-export',
    };
    const asked: PersonExportRequest[] = [];
    const source: PersonExportSource = {
      async export(exportRequestOfService: PersonExportRequest): Promise<PersonExportPart> {
        asked.push(exportRequestOfService);
        return { service: 'shelters', personId: exportRequestOfService.personId, data: { cases: [] } };
      },
    };

    it("answers the service's part for the released person, under the recorded request", async () => {
      asked.length = 0;
      const controller = new PersonExportController(source, client());
      const part = await controller.export(personId.toUpperCase(), { exportRequest }, request, principal);
      expect(part).toEqual({ service: 'shelters', personId, data: { cases: [] } });
      expect(asked).toEqual([{ personId, reference: 'NRM-2026-000042', subjectAccessRequestId: requestId, principal }]);
    });

    it('reads nothing when the person id is not an id, or the part is not released', async () => {
      asked.length = 0;
      const controller = new PersonExportController(source, client());
      await expect(controller.export('42', { exportRequest }, request, principal)).rejects.toMatchObject({ code: ApiErrorCode.BAD_USER_INPUT });
      await expect(controller.export(personId, {}, request, principal)).rejects.toMatchObject({ code: ApiErrorCode.FORBIDDEN });
      answer = { status: 403, body: { code: 'FORBIDDEN' } };
      await expect(controller.export(personId, { exportRequest }, request, principal)).rejects.toMatchObject({ code: ApiErrorCode.FORBIDDEN });
      expect(asked).toEqual([]);
    });
  });
});
