// Preloaded by bench/case-load.mjs into every process of the stack it starts (NODE_OPTIONS=--require …), active only
// in a subgraph's API process (dist/services/<name>/src/main.js with a PORT). It counts the SQL statements that
// process sends to PostgreSQL on behalf of an HTTP request, and answers the counts on PORT + 1000:
//
// - every incoming HTTP request runs in an AsyncLocalStorage context (http.Server's 'request' event);
// - pg's Client.prototype.query (the one path of TypeORM, queryPrepared and pg.Pool to the server) counts a
//   statement when it is called inside such a context. Background work (the outbox relay, event consumers, BullMQ
//   jobs) runs outside any request and is not counted; BEGIN/COMMIT are statements and are counted.
//
// GET http://127.0.0.1:<PORT+1000>/ → { service, statements, byText: { "<first 100 characters>": count } }.
// Nothing in the services knows of this file: it exists only for the benchmark.
'use strict';

const main = process.argv[1] ?? '';
const service = /dist\/services\/([^/]+)\/src\/main\.js$/.exec(main)?.[1];
const port = Number(process.env.PORT);
if (service && service !== 'gateway' && Number.isInteger(port) && port > 0 && process.argv[2] === undefined) {
  const { AsyncLocalStorage } = require('node:async_hooks');
  const http = require('node:http');
  const { join } = require('node:path');
  const root = join(__dirname, '..');
  const pg = require(require.resolve('pg', { paths: [root] }));

  const inRequest = new AsyncLocalStorage();
  const counts = { statements: 0, byText: new Map() };

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function benchEmit(event, ...args) {
    if (event === 'request' && !this.benchCounter) return inRequest.run(true, () => emit.call(this, event, ...args));
    return emit.call(this, event, ...args);
  };

  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function benchQuery(config, ...rest) {
    if (inRequest.getStore()) {
      const text = typeof config === 'string' ? config : (config?.text ?? '');
      const key = text.replace(/\s+/g, ' ').trim().slice(0, 100);
      counts.statements += 1;
      counts.byText.set(key, (counts.byText.get(key) ?? 0) + 1);
    }
    return query.call(this, config, ...rest);
  };

  const server = http.createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ service, statements: counts.statements, byText: Object.fromEntries(counts.byText) }));
  });
  server.benchCounter = true;
  server.listen(port + 1000, '127.0.0.1');
  server.unref();
}
