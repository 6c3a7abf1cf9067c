import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { fileDownloadHandler, subgraphBaseUrl } from './file-download';
import { subgraphUrlsOf } from './gateway-server';

// The gateway forwards `GET /statistics/exports/:id` to the subgraph with the caller's token; here the subgraph is a
// local HTTP server that records what reached it.
describe('file routes on the gateway', () => {
  const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
  const CORRELATION = '6b1e4a4e-8f1c-4f1e-9a55-1c2d3e4f5a6b';
  let subgraph: Server;
  let baseUrl: string | undefined;
  const reached: Array<{ url: string | undefined; headers: IncomingHttpHeaders }> = [];

  beforeAll(async () => {
    subgraph = createServer((incoming, outgoing) => {
      reached.push({ url: incoming.url, headers: incoming.headers });
      outgoing.writeHead(incoming.headers.authorization === 'Bearer owner' ? 200 : 404, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="statistics.csv"',
        'cache-control': 'no-store',
        'set-cookie': 'session=x',
        server: 'subgraph',
      });
      outgoing.end(incoming.headers.authorization === 'Bearer owner' ? 'a,b\n1,2\n' : '{"code":"NOT_FOUND"}');
    });
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => subgraph.close(resolve));
  });

  beforeEach(() => {
    reached.length = 0;
  });

  const gateway = (timeoutMs = 2_000) => {
    const app = express();
    app.use('/statistics/exports', fileDownloadHandler({ prefix: '/statistics/exports', timeoutMs, logger: pino({ level: 'silent' }), baseUrl: () => baseUrl }));
    return app;
  };

  it("forwards the caller's token and correlation id to the subgraph's same route, and passes the file back", async () => {
    const response = await request(gateway()).get(`/statistics/exports/${ID.toUpperCase()}`).set('authorization', 'Bearer owner').set('x-correlation-id', CORRELATION);
    expect(response.status).toBe(200);
    expect(response.text).toBe('a,b\n1,2\n');
    expect(response.headers['content-disposition']).toBe('attachment; filename="statistics.csv"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['server']).toBeUndefined();
    expect(reached).toHaveLength(1);
    expect(reached[0]?.url).toBe(`/statistics/exports/${ID}`);
    expect(reached[0]?.headers.authorization).toBe('Bearer owner');
    expect(reached[0]?.headers['x-correlation-id']).toBe(CORRELATION);
  });

  it("passes on the subgraph's refusal, and sends no token when the caller sent none", async () => {
    const response = await request(gateway()).get(`/statistics/exports/${ID}`).set('authorization', 'Bearer someone-else');
    expect(response.status).toBe(404);
    await request(gateway()).get(`/statistics/exports/${ID}`);
    expect(reached[1]?.headers.authorization).toBeUndefined();
  });

  it.each([
    ['not an id', '/statistics/exports/abc'],
    ['a second segment', `/statistics/exports/${ID}/more`],
    ['a way up the tree', `/statistics/exports/..%2F..%2Finternal%2Fjobs%2Ffailed`],
    ['a query string', `/statistics/exports/${ID}?x=1`],
    ['nothing', '/statistics/exports'],
  ])('forwards nothing for %s', async (_what, path) => {
    const response = await request(gateway()).get(path).set('authorization', 'Bearer owner');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ code: 'BAD_USER_INPUT', fields: ['id'] });
    expect(reached).toEqual([]);
  });

  it('refuses other methods, and answers 502 when the subgraph does not', async () => {
    expect((await request(gateway()).post(`/statistics/exports/${ID}`)).status).toBe(405);
    const saved = baseUrl;
    baseUrl = 'http://127.0.0.1:9';
    try {
      expect((await request(gateway()).get(`/statistics/exports/${ID}`)).status).toBe(502);
    } finally {
      baseUrl = saved;
    }
  });

  it("reads each subgraph's URL from the supergraph, and its base from that", () => {
    const sdl = `enum join__Graph {
  REPORTING @join__graph(name: "reporting", url: "http://127.0.0.1:4005/graphql")
  SHELTERS @join__graph(name: "shelters", url: "http://shelters:4004/graphql")
}`;
    expect(subgraphUrlsOf(sdl)).toEqual(new Map([['reporting', 'http://127.0.0.1:4005/graphql'], ['shelters', 'http://shelters:4004/graphql']]));
    expect(subgraphBaseUrl('http://127.0.0.1:4005/graphql')).toBe('http://127.0.0.1:4005');
    expect(subgraphBaseUrl('https://api.example/reporting/graphql')).toBe('https://api.example/reporting');
  });
});
