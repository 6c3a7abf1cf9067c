import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { ApiError, ApiErrorCode, type DomainException, domainException } from '@nrm/graphql';
import { getFromPeer, type InternalCall, type InternalPeer, InternalRestErrorFilter, malformedAnswer, personIdParam } from './internal-rest';

class RecordedResponse {
  statusCode: number | undefined;
  body: unknown;
  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  json(body: unknown): void {
    this.body = body;
  }
}

function answered(exception: ApiError | DomainException | HttpException): RecordedResponse {
  const response = new RecordedResponse();
  new InternalRestErrorFilter().catch(exception, new ExecutionContextHost([{}, response]));
  return response;
}

const ExampleException = domainException('ExampleException', { EXAMPLE_HELD: ApiErrorCode.CONFLICT, EXAMPLE_INPUT: ApiErrorCode.BAD_USER_INPUT });

describe('InternalRestErrorFilter', () => {
  it.each([
    [ApiErrorCode.UNAUTHENTICATED, 401],
    [ApiErrorCode.FORBIDDEN, 403],
    [ApiErrorCode.CONSENT_REQUIRED, 403],
    [ApiErrorCode.BAD_USER_INPUT, 400],
    [ApiErrorCode.NOT_FOUND, 404],
    [ApiErrorCode.CONFLICT, 409],
    [ApiErrorCode.INTERNAL, 500],
  ])('answers an ApiError %s with HTTP %i and its code only', (code, status) => {
    const response = answered(new ApiError(code, 'a message that stays in the log'));
    expect(response.statusCode).toBe(status);
    expect(response.body).toEqual({ code });
  });

  it('names the input paths at fault', () => {
    expect(answered(new ApiError(ApiErrorCode.BAD_USER_INPUT, 'bad', { fields: ['personId'] })).body).toEqual({ code: 'BAD_USER_INPUT', fields: ['personId'] });
  });

  it("answers a domain exception with its API code's status", () => {
    const held = answered(new ExampleException('EXAMPLE_HELD', 'under a legal hold'));
    expect([held.statusCode, held.body]).toEqual([409, { code: 'CONFLICT' }]);
    const input = answered(new ExampleException('EXAMPLE_INPUT', 'bad', ['reference']));
    expect([input.statusCode, input.body]).toEqual([400, { code: 'BAD_USER_INPUT', fields: ['reference'] }]);
  });

  it("keeps an HTTP exception's status and gives it the nearest code", () => {
    const missing = answered(new NotFoundException());
    expect([missing.statusCode, missing.body]).toEqual([404, { code: 'NOT_FOUND' }]);
    const invalid = answered(new BadRequestException());
    expect([invalid.statusCode, invalid.body]).toEqual([400, { code: 'BAD_USER_INPUT' }]);
    const tooLarge = answered(new HttpException('payload too large', 413));
    expect([tooLarge.statusCode, tooLarge.body]).toEqual([413, { code: 'INTERNAL' }]);
  });
});

describe('personIdParam', () => {
  it('gives the id in lower case', () => {
    expect(personIdParam('0D3F8A2C-1B7E-4C1D-9F00-ABCDEF012345')).toBe('0d3f8a2c-1b7e-4c1d-9f00-abcdef012345');
  });

  it('refuses anything that is not a uuid as BAD_USER_INPUT naming personId', () => {
    expect(() => personIdParam("1' OR '1'='1")).toThrow(expect.objectContaining({ code: ApiErrorCode.BAD_USER_INPUT, extensions: expect.objectContaining({ fields: ['personId'] }) }));
  });
});

describe('getFromPeer', () => {
  let server: Server;
  let peer: InternalPeer;
  const received: Array<{ method: string | undefined; url: string | undefined; headers: IncomingHttpHeaders; body: string }> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ method: request.method, url: request.url, headers: request.headers, body });
        const status = Number(/^\/status\/(\d+)/.exec(request.url ?? '')?.[1] ?? 200);
        if (request.url === '/not-json') {
          response.writeHead(200, { 'content-type': 'application/json' }).end('{not json');
        } else if (request.url === '/slow') {
          setTimeout(() => response.writeHead(200).end('{}'), 500);
        } else {
          response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, echo: body ? JSON.parse(body) : null }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    peer = { service: 'shelters', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const call = (path: string, extra: Partial<InternalCall> = {}): InternalCall => ({
    peer,
    path,
    request: { headers: { authorization: 'Bearer caller-token' }, correlationId: 'corr-peer' },
    timeoutMs: 2_000,
    purpose: 'Audit trail',
    ...extra,
  });

  it("GETs the peer's endpoint with the caller's own token and correlation id, and returns its JSON", async () => {
    received.length = 0;
    await expect(getFromPeer(call('/internal/audit/verify'))).resolves.toEqual({ ok: true, echo: null });
    expect(received).toEqual([
      expect.objectContaining({
        method: 'GET',
        url: '/internal/audit/verify',
        headers: expect.objectContaining({ authorization: 'Bearer caller-token', 'x-correlation-id': 'corr-peer' }),
      }),
    ]);
  });

  it('POSTs the body as JSON when the call carries one', async () => {
    received.length = 0;
    await expect(getFromPeer(call('/internal/parts', { body: { service: 'shelters' } }))).resolves.toEqual({ ok: true, echo: { service: 'shelters' } });
    expect(received[0]).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/json' } });
  });

  it('refuses to call without the caller\'s token, and calls nobody', async () => {
    received.length = 0;
    await expect(getFromPeer(call('/internal/audit/verify', { request: { headers: {}, correlationId: undefined } }))).rejects.toMatchObject({
      code: ApiErrorCode.UNAUTHENTICATED,
    });
    expect(received).toEqual([]);
  });

  it.each([
    ['/status/401', ApiErrorCode.UNAUTHENTICATED, 'Audit trail: the shelters service did not accept the token'],
    ['/status/403', ApiErrorCode.FORBIDDEN, 'Audit trail: the shelters service refused the request'],
    ['/status/404', ApiErrorCode.INTERNAL, 'Audit trail unavailable: the shelters service answered with an error'],
    ['/status/500', ApiErrorCode.INTERNAL, 'Audit trail unavailable: the shelters service answered with an error'],
    ['/not-json', ApiErrorCode.INTERNAL, 'Audit trail unavailable: the shelters service answered with a malformed body'],
  ])('fails the whole operation when the peer answers %s, naming the peer', async (path, code, message) => {
    await expect(getFromPeer(call(path))).rejects.toMatchObject({ code, message });
  });

  it('gives a 404 its meaning when the call names the record the peer owns', async () => {
    await expect(getFromPeer(call('/status/404', { notFoundMessage: 'Person not found' }))).rejects.toMatchObject({ code: ApiErrorCode.NOT_FOUND, message: 'Person not found' });
  });

  it('fails as INTERNAL when the peer is too slow or unreachable', async () => {
    await expect(getFromPeer(call('/slow', { timeoutMs: 50 }))).rejects.toMatchObject({
      code: ApiErrorCode.INTERNAL,
      message: 'Audit trail unavailable: the shelters service did not answer',
    });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(getFromPeer(call('/x', { peer: { service: 'referral', baseUrl: `http://127.0.0.1:${port}` } }))).rejects.toMatchObject({
      code: ApiErrorCode.INTERNAL,
      message: 'Audit trail unavailable: the referral service did not answer',
    });
  });

  it('names the peer in a malformed answer', () => {
    expect(malformedAnswer({ peer, purpose: 'Subject access export' })).toMatchObject({
      code: ApiErrorCode.INTERNAL,
      message: 'Subject access export unavailable: the shelters service answered with a malformed body',
    });
  });
});
