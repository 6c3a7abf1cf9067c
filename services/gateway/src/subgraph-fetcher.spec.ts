import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createSubgraphFetcher } from './subgraph-fetcher';

const ANSWER = '{"data":{"ok":true}}';

/**
 * A subgraph that answers each connection's first request with keep-alive, and resets the connection when a second
 * request arrives on it: what a gateway meets when it reuses a socket the subgraph closed while it was idle.
 */
async function subgraphClosingIdleSockets(): Promise<{ server: Server; url: string; connections: () => number; answered: () => number }> {
  let connections = 0;
  let answered = 0;
  const server = createServer((socket: Socket) => {
    connections += 1;
    let requests = 0;
    socket.on('data', (chunk: Buffer) => {
      if (!chunk.toString('latin1').includes('\r\n\r\n')) return;
      requests += 1;
      if (requests > 1) {
        socket.resetAndDestroy();
        return;
      }
      answered += 1;
      socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${ANSWER.length}\r\nconnection: keep-alive\r\nkeep-alive: timeout=60\r\n\r\n${ANSWER}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, connections: () => connections, answered: () => answered };
}

describe('subgraph fetcher', () => {
  it('sends a request again on a fresh socket, once, when a reused keep-alive socket was reset before answering', async () => {
    const subgraph = await subgraphClosingIdleSockets();
    const fetcher = createSubgraphFetcher({ timeoutMs: 2_000, maxSockets: 1 });
    try {
      const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ ok }"}' };
      expect(await (await fetcher(subgraph.url, init)).text()).toBe(ANSWER);
      // The second call goes out on the kept-alive socket, which the subgraph resets.
      expect(await (await fetcher(subgraph.url, init)).text()).toBe(ANSWER);
      expect({ connections: subgraph.connections(), answered: subgraph.answered() }).toEqual({ connections: 2, answered: 2 });
    } finally {
      fetcher.close();
      subgraph.server.close();
    }
  });

  it('does not send a mutation again: a subgraph that died while handling it may have committed it', async () => {
    const subgraph = await subgraphClosingIdleSockets();
    const fetcher = createSubgraphFetcher({ timeoutMs: 2_000, maxSockets: 1 });
    try {
      const query = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ ok }"}' };
      const mutation = { ...query, body: '{"query":"mutation { grantConsent { id } }"}' };
      await (await fetcher(subgraph.url, query)).text();
      await expect(fetcher(subgraph.url, mutation)).rejects.toMatchObject({ code: 'ECONNRESET' });
      expect({ connections: subgraph.connections(), answered: subgraph.answered() }).toEqual({ connections: 1, answered: 1 });
    } finally {
      fetcher.close();
      subgraph.server.close();
    }
  });
});
