#!/usr/bin/env node
// Serves the built site (dist/) over HTTP, honouring SITE_BASE, the way a static host would.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist] [--base /scaling/] [--csp] [--tls] [--shape ms,B/s] [--headers-first ms] [--log]
// --log prints each request's method and path on a line of its own (the tests count what reached the server).
// Text files go out gzip-compressed when the browser accepts it, as any static host sends them (so Lighthouse and the
// benchmark see the bytes a reader would download).
// Files under _astro/ (named by their content) may be kept a year, everything else is asked for again (Cache-Control, as
// dist/_headers asks a host: src/lib/security.mjs); no validators, so a file asked for again comes whole.
// --csp sends the strict Content-Security-Policy the site must work under (default-src 'self') and the other security
// headers of src/lib/security.mjs, as dist/_headers asks a static host to.
// --tls serves HTTPS with HTTP/2 (and HTTP/1.1 to clients without it), as the static hosts the site is made for do (GitHub
// Pages, Netlify, Cloudflare Pages), under a throwaway self-signed certificate made by `openssl` at start: a browser
// must be told to accept it (Chromium: --ignore-certificate-errors; Playwright: ignoreHTTPSErrors). Over HTTP/1.1 a
// browser opens at most 6 connections to a host, so a page that asks for 16 scripts at once gets them in three turns,
// one round trip each, which no reader of those hosts waits for; the benchmark's first-touch timing uses --tls.
// --shape <ms>,<bytes per second> makes a slow network at the server: every response waits <ms> (the round trip) and all
// the bodies in flight share <bytes per second>. Unlike DevTools' throttling (CDP), which slows one page, it covers
// every request the browser makes, the page's service worker's too: the benchmark's "offline saving" scenario uses it.
// --headers-first <ms> sends each response's headers, then its body <ms> later, for the benchmark's runs under DevTools'
// throttling. That throttle (Chromium's ThrottlingNetworkTransaction) charges a response's headers with every byte the
// connection has received for it so far, then charges the body again as it is read: when the body reaches the browser
// in the same read as the headers, as it can from a server on the same machine, up to ~40 KB are charged twice
// (+230 ms on Plot's file at Slow 4G's rate, in about one run in four; bench/throttle-check.mjs shows it). No reader
// on a real network waits for that. The delay itself is hidden by the throttle's round trip (562.5 ms).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { cacheControlFor, cspHeader, headersFor } from '../src/lib/security.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(opt('port', process.env.PORT || 4321));
const dir = resolve(opt('dir', 'dist'));
let base = opt('base', process.env.SITE_BASE || '/');
if (!base.startsWith('/')) base = `/${base}`;
if (!base.endsWith('/')) base += '/';
const csp = args.includes('--csp');
const tls = args.includes('--tls');
const [shapeRtt, shapeRate] = (opt('shape', '') || ',').split(',').map(Number);
const shaping = shapeRtt > 0 && shapeRate > 0;
const headersFirst = Number(opt('headers-first', 0));
const logRequests = args.includes('--log');

// The strict policy and security headers a static host should send (src/lib/security.mjs; the build writes them to
// dist/_headers). Without --csp the server sends none, like a plain static host: the pages' <meta> policy still applies.
export const CSP = cspHeader();

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml', '.csv']);
const gzipped = new Map(); // file → { mtime, body }

function gzipOf(file) {
  const mtime = statSync(file).mtimeMs;
  const hit = gzipped.get(file);
  if (hit && hit.mtime === mtime) return hit.body;
  const body = gzipSync(readFileSync(file), { level: 9 });
  gzipped.set(file, { mtime, body });
  return body;
}

/**
 * The bodies being sent under --shape, and the timer that hands out the bandwidth: every 10 ms, a hundredth of the
 * rate, in packets of up to 1,400 bytes taken from the bodies in turn (a round robin that goes on from tick to tick).
 */
const inFlight = [];
let pump = null;
let turn = 0;
const PACKET = 1400;
function pumpShares() {
  let bytes = shapeRate / 100;
  while (bytes > 0 && inFlight.length) {
    turn %= inFlight.length;
    const f = inFlight[turn];
    const n = Math.min(PACKET, bytes, f.body.length - f.at);
    if (!f.res.destroyed) f.res.write(f.body.subarray(f.at, f.at + n));
    f.at += n;
    bytes -= n;
    if (f.at >= f.body.length || f.res.destroyed) {
      if (!f.res.destroyed) f.res.end();
      inFlight.splice(turn, 1);
    } else turn++;
  }
  if (!inFlight.length) {
    clearInterval(pump);
    pump = null;
  }
}

/** Sends a whole response: at once, or under --shape after the round trip, at the shared rate. */
function reply(res, status, headers, body) {
  if (!shaping) {
    res.writeHead(status, { ...headers, 'Content-Length': body.length });
    if (headersFirst > 0 && body.length) return later(res, () => res.end(body));
    return res.end(body);
  }
  setTimeout(() => {
    if (res.destroyed) return;
    res.writeHead(status, { ...headers, 'Content-Length': body.length });
    if (!body.length) return res.end();
    inFlight.push({ res, body, at: 0 });
    pump ??= setInterval(pumpShares, 10);
  }, shapeRtt);
}

function send(res, status, file, req) {
  if (!existsSync(file)) return reply(res, status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }, Buffer.from(`${status}`));
  // A content-hashed file (_astro/) for a year, the rest asked again on every use (src/lib/security.mjs, as dist/_headers
  // asks a host). No validators: a file asked again comes whole.
  const path = file.slice(dir.length).split(sep).join('/');
  const headers = {
    'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
    'Cache-Control': status === 200 ? cacheControlFor(base + path.slice(1), base) : 'no-cache',
  };
  if (csp) Object.assign(headers, headersFor(path, { html: extname(file) === '.html' }));
  if (COMPRESSIBLE.has(extname(file))) {
    headers.Vary = 'Accept-Encoding';
    if (/\bgzip\b/.test(req?.headers['accept-encoding'] ?? '')) return reply(res, status, { ...headers, 'Content-Encoding': 'gzip' }, gzipOf(file));
  }
  if (shaping) return reply(res, status, headers, readFileSync(file));
  res.writeHead(status, headers);
  if (headersFirst > 0) return later(res, () => createReadStream(file).pipe(res));
  createReadStream(file).pipe(res);
}

/** --headers-first: sends the headers now and the body `headersFirst` ms later. */
function later(res, body) {
  res.flushHeaders();
  setTimeout(() => {
    if (!res.destroyed) body();
  }, headersFirst);
}

function handle(req, res) {
  const url = new URL(req.url || '/', 'http://localhost');
  if (logRequests) console.log(`${req.method} ${url.pathname}`);
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) {
    if (path === base.slice(0, -1)) return reply(res, 301, { Location: base }, Buffer.alloc(0));
    return send(res, 404, join(dir, '404.html'), req);
  }
  const rel = normalize(path.slice(base.length)).replace(/^(\.\.(\/|\\|$))+/, '');
  let file = join(dir, rel);
  if (!file.startsWith(dir)) return send(res, 404, join(dir, '404.html'), req);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) return reply(res, 301, { Location: `${path}/${url.search}` }, Buffer.alloc(0));
    file = join(file, 'index.html');
  }
  if (!existsSync(file)) return send(res, 404, join(dir, '404.html'), req);
  send(res, 200, file, req);
}

/** A self-signed certificate for localhost, valid for a day (--tls). */
function certificate() {
  const at = mkdtempSync(join(tmpdir(), 'serve-tls-'));
  try {
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(at, 'key.pem'),
        '-out',
        join(at, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ],
      { stdio: 'pipe' },
    );
    if (made.status !== 0) throw new Error(`--tls needs openssl to make a certificate: ${made.error?.message ?? made.stderr}`);
    return { key: readFileSync(join(at, 'key.pem')), cert: readFileSync(join(at, 'cert.pem')) };
  } finally {
    rmSync(at, { recursive: true, force: true });
  }
}

const server = tls ? createSecureServer({ ...certificate(), allowHTTP1: true }, handle) : createServer(handle);
server.listen(port, '127.0.0.1', () => {
  const scheme = tls ? 'https' : 'http';
  console.log(
    `Scaling Laws Explorer: serving ${dir} at ${scheme}://localhost:${port}${base}${csp ? ' (with strict CSP)' : ''}${tls ? ' (HTTP/2, self-signed)' : ''}${shaping ? ` (slow network: ${shapeRtt} ms, ${shapeRate} B/s)` : ''}${headersFirst > 0 ? ` (bodies ${headersFirst} ms after headers)` : ''}`,
  );
});
