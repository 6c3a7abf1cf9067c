// The portal's first page: the JavaScript a browser must fetch before the sign-in page shows (the entry script of
// services/portal/dist/index.html and every chunk it imports statically, followed through the chunks; the pages
// loaded later with import() are left out), compressed as the wire would carry it (gzip level 9, and brotli).
// Budget: 300 KB compressed on a cheap phone. Needs `npm run build` (the portal's production build).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'services', 'portal', 'dist');
const BUDGET = 300 * 1024;

if (!existsSync(join(dist, 'index.html'))) {
  console.error('services/portal/dist/index.html is missing: run `npm run build` first');
  process.exit(1);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((match) => match[1]);

/** The chunk and every chunk it imports statically (`import … from "./x.js"`, `import "./x.js"`), once each. */
function closure(start) {
  const seen = new Set();
  const queue = [...start];
  while (queue.length) {
    const path = queue.shift().replace(/^\//, '');
    if (seen.has(path)) continue;
    seen.add(path);
    const text = readFileSync(join(dist, path), 'utf8');
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    for (const match of text.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?["'](\.\/[^"']+\.js)["']/g)) queue.push(folder + match[1].slice(2));
  }
  return [...seen];
}

const files = closure(entries);
let raw = 0;
let gzip = 0;
let brotli = 0;
const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  const sizes = {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  raw += sizes.raw;
  gzip += sizes.gzip;
  brotli += sizes.brotli;
  return sizes;
});
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const row of rows.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${row.file.padEnd(48)} ${kb(row.raw).padStart(10)} raw ${kb(row.gzip).padStart(9)} gzip ${kb(row.brotli).padStart(9)} brotli`);
console.log(`first page JavaScript: ${files.length} files, ${kb(raw)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
console.log(`against the ${kb(BUDGET)} budget: gzip ${(gzip / BUDGET).toFixed(2)}x, brotli ${(brotli / BUDGET).toFixed(2)}x ${gzip <= BUDGET ? '(within)' : '(OVER BUDGET)'}`);
