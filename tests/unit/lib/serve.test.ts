import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// scripts/serve.mjs --headers-first <ms>: the benchmark's throttled runs get each response's headers first and its body
// <ms> later (bench/throttle-check.mjs shows why). The gap must be there over HTTP/2 and HTTP/1.1, for files sent
// gzip-compressed and for files streamed as they are, and the body must arrive whole.
const GAP_MS = 120;
const PORT = 47_000 + (process.pid % 1000);
const script = 'const x = 1;\n'.repeat(2000);
const font = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 37) % 256));

let dir = '';
let server: ChildProcess | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  writeFileSync(join(dir, 'a.js'), script);
  writeFileSync(join(dir, 'f.woff2'), font);
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, '_astro', 'plot.Ab12Cd34.js'), script);
  server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(PORT), '--tls', '--headers-first', String(GAP_MS)], { stdio: 'ignore' });
  // The server makes its certificate with openssl before it listens.
  for (let i = 0; i < 100; i++) {
    if (
      await h1('/a.js').then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('scripts/serve.mjs did not start');
});

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

type Got = { status: number; encoding: string | undefined; cacheControl: string | undefined; body: Buffer; headersToEndMs: number };

function h1(path: string): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest({ host: '127.0.0.1', port: PORT, path, rejectUnauthorized: false, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const t = performance.now();
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'],
          cacheControl: res.headers['cache-control'],
          body: Buffer.concat(chunks),
          headersToEndMs: performance.now() - t,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function h2(path: string): Promise<Got> {
  return new Promise((resolve, reject) => {
    const session = connect(`https://127.0.0.1:${PORT}`, { rejectUnauthorized: false });
    session.on('error', reject);
    const req = session.request({ ':path': path, 'accept-encoding': 'gzip' });
    let t = 0;
    let status = 0;
    let encoding: string | undefined;
    let cacheControl: string | undefined;
    const chunks: Buffer[] = [];
    req.on('response', (headers) => {
      t = performance.now();
      status = Number(headers[':status']);
      encoding = headers['content-encoding'] as string | undefined;
      cacheControl = headers['cache-control'] as string | undefined;
    });
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      resolve({ status, encoding, cacheControl, body: Buffer.concat(chunks), headersToEndMs: performance.now() - t });
      session.close();
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.mjs --headers-first', () => {
  for (const [protocol, get] of [
    ['HTTP/2', h2],
    ['HTTP/1.1', h1],
  ] as const) {
    it(`${protocol}: a compressed file's headers come ${GAP_MS} ms before its body, and the body is the file`, async () => {
      const got = await get('/a.js');
      expect(got.status).toBe(200);
      expect(got.encoding).toBe('gzip');
      expect(gunzipSync(got.body).toString()).toBe(script);
      // Timers never fire early; a few ms of slack for clocks read in two processes.
      expect(got.headersToEndMs).toBeGreaterThanOrEqual(GAP_MS - 10);
    });

    it(`${protocol}: a file sent as it is (a font) also comes ${GAP_MS} ms after its headers, whole`, async () => {
      const got = await get('/f.woff2');
      expect(got.status).toBe(200);
      expect(got.encoding).toBeUndefined();
      expect(got.body.equals(font)).toBe(true);
      expect(got.headersToEndMs).toBeGreaterThanOrEqual(GAP_MS - 10);
    });
  }
});

describe('scripts/serve.mjs Cache-Control', () => {
  for (const [protocol, get] of [
    ['HTTP/2', h2],
    ['HTTP/1.1', h1],
  ] as const) {
    it(`${protocol}: a content-hashed file (_astro/) may be kept a year without asking again; any other file is asked again`, async () => {
      expect((await get('/_astro/plot.Ab12Cd34.js')).cacheControl).toBe('public, max-age=31536000, immutable');
      expect((await get('/a.js')).cacheControl).toBe('no-cache');
      expect((await get('/f.woff2')).cacheControl).toBe('no-cache');
      // A missing file under _astro/ gets the 404 page, which must not be kept.
      const missing = await get('/_astro/none.Zz99Zz99.js');
      expect(missing.status).toBe(404);
      expect(missing.cacheControl).toBe('no-cache');
    });
  }
});
