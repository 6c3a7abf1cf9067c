// Serves the built portal (services/portal/dist) with its security headers and /config.json, which tells the
// browser where the gateway and the identity provider are. Used by `npm start` and by the portal's browser tests.
const { createServer } = require('node:http');
const { existsSync, readFileSync, statSync } = require('node:fs');
const { extname, join, normalize, sep } = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const SILENT_RENEW_PAGE = '/silent-renew.html';

/** The headers of every answer: scripts from the portal's origin only, no framing, API and sign-in origins named. */
function securityHeaders({ gatewayUrl, issuer }) {
  const gateway = new URL(gatewayUrl).origin;
  const idp = new URL(issuer).origin;
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${gateway} ${idp}`,
    // The silent renew runs in a hidden frame: the identity provider's page, which returns to the portal's own.
    `frame-src 'self' ${idp}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${idp}`,
    "object-src 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

/**
 * @param {{ distDir: string, port: number, host?: string, gatewayUrl: string, issuer: string, clientId?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
function startPortalServer(options) {
  const { distDir, host = '127.0.0.1', gatewayUrl, issuer, clientId = 'nrm-portal' } = options;
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build\` first`);
  const headers = securityHeaders({ gatewayUrl, issuer });
  const config = JSON.stringify({ gatewayUrl, issuer, clientId });
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://portal').pathname);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    // The silent renew's return page is the one page framed, and only by the portal itself.
    if (path === SILENT_RENEW_PAGE) {
      response.setHeader('Content-Security-Policy', headers['Content-Security-Policy'].replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
      response.setHeader('X-Frame-Options', 'SAMEORIGIN');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/config.json') {
      response.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store' }).end(config);
      return;
    }
    const file = normalize(join(distDir, path));
    const inside = file.startsWith(distDir + sep);
    let target = index;
    if (inside && existsSync(file) && statSync(file).isFile()) target = file;
    else if (extname(path)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    // Hashed assets never change; the page itself is fetched again each time.
    const immutable = target !== index && path.startsWith('/assets/');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(target));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ url: `http://${host}:${port}`, port, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

module.exports = { startPortalServer, securityHeaders };
