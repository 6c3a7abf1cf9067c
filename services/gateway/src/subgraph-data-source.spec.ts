import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createSubgraphFetcher } from './subgraph-fetcher';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';

type Options = GraphQLDataSourceProcessOptions<GatewayContext>;

/** A stand-in subgraph that records what it received and answers with a fixed GraphQL result. */
async function fakeSubgraph(): Promise<{ server: Server; url: string; received: IncomingHttpHeaders[]; sockets: Set<unknown> }> {
  const received: IncomingHttpHeaders[] = [];
  const sockets = new Set<unknown>();
  const server = createServer((request, response) => {
    sockets.add(request.socket);
    received.push(request.headers);
    request.resume();
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ data: { ok: true } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, received, sockets };
}

function incoming(context: GatewayContext): Options {
  // Only the fields the data source reads; the rest of Apollo's request context is irrelevant here.
  return {
    kind: 'incoming operation',
    request: { query: '{ ok }' },
    context,
    incomingRequestContext: { context },
  } as unknown as Options;
}

describe('SubgraphDataSource', () => {
  let subgraph: Awaited<ReturnType<typeof fakeSubgraph>>;
  const fetcher = createSubgraphFetcher({ timeoutMs: 2_000 });

  beforeAll(async () => {
    subgraph = await fakeSubgraph();
  });
  afterAll(async () => {
    fetcher.close();
    await new Promise((resolve) => subgraph.server.close(resolve));
  });

  it('forwards the caller\u2019s Authorization header and correlation id to the subgraph', async () => {
    const source = new SubgraphDataSource({ url: subgraph.url, fetcher });
    const response = await source.process(incoming({ authorization: 'Bearer abc.def.ghi', correlationId: 'corr-12345678' }));
    expect(response.data).toEqual({ ok: true });
    const headers = subgraph.received.at(-1);
    expect(headers?.authorization).toBe('Bearer abc.def.ghi');
    expect(headers?.['x-correlation-id']).toBe('corr-12345678');
  });

  it('sends no Authorization header when the caller sent none, leaving the subgraph to refuse', async () => {
    const source = new SubgraphDataSource({ url: subgraph.url, fetcher });
    await source.process(incoming({ correlationId: 'corr-87654321' }));
    expect(subgraph.received.at(-1)?.authorization).toBeUndefined();
  });

  it('reuses connections across calls (keep-alive)', async () => {
    const source = new SubgraphDataSource({ url: subgraph.url, fetcher });
    const before = subgraph.sockets.size;
    for (let index = 0; index < 5; index += 1) await source.process(incoming({ correlationId: 'corr-keepalive' }));
    expect(subgraph.sockets.size - before).toBeLessThanOrEqual(1);
  });
});

describe('createSubgraphFetcher', () => {
  it('fails a call the subgraph does not answer in time', async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fetcher = createSubgraphFetcher({ timeoutMs: 200 });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    await expect(fetcher(url, { method: 'POST', body: '{}' })).rejects.toThrow(/did not answer within 200 ms/);
    fetcher.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
});
