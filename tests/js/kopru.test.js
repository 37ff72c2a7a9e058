// Node suite of the `kopru` npm package: `node --test tests/js/` after
// wasm/build.sh, with KOPRU_SANDBOX_URL pointing at the loopback sandbox server
// (tests/suites/node.sh does all of that). `kopru` resolves to wasm/pkg through
// tests/js/node_modules/kopru, so the package's `exports` map is what Node uses.
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as kopru from 'kopru';
import { equal, ok, throws } from './assert.js';
import { CREDENTIALS, checks } from './checks.js';
import { catalogueChecks } from './catalogue.js';
import { syncChecks } from './sync.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sandboxUrl = process.env.KOPRU_SANDBOX_URL;
if (!sandboxUrl) throw new Error('KOPRU_SANDBOX_URL is not set: run tests/suites/node.sh');

const vectorDir = join(root, 'tests/vectors');
// tests/vectors and its dialect corpus tests/vectors/dialect (live response shapes).
const vectors = [
  ...readdirSync(vectorDir).filter((f) => f.endsWith('.json')),
  ...readdirSync(join(vectorDir, 'dialect'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `dialect/${f}`),
]
  .sort()
  .map((file) => ({ file, cases: JSON.parse(readFileSync(join(vectorDir, file), 'utf8')).cases }));
if (vectors.length === 0) throw new Error('no conformance vectors in tests/vectors');

// A loopback port that was free a moment ago and that nothing listens on now.
const closedPort = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const closedUrl = `http://127.0.0.1:${closedPort}`;

for (const { name, run } of checks({ kopru, sandboxUrl, closedUrl, vectors, bridgeLoadsAtOnce: true })) test(name, run);

const operations = JSON.parse(readFileSync(join(root, 'tests/operations.json'), 'utf8'));
console.log(`catalogue: ${operations.length} operations from tests/operations.json`);
for (const { name, run } of catalogueChecks({ kopru, sandboxUrl, operations })) test(name, run);
for (const { name, run } of syncChecks({ kopru, sandboxUrl, operations })) test(name, run);

test('node: the package exports map, its files and its types', () => {
  const pkg = join(root, 'wasm/pkg');
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  equal(manifest.name, 'kopru');
  equal(manifest.type, 'module');
  const entry = manifest.exports['.'];
  for (const condition of ['types', 'node', 'browser', 'default']) {
    ok(existsSync(join(pkg, entry[condition])), `${condition} → ${entry[condition]} exists`);
  }
  for (const file of manifest.files) ok(existsSync(join(pkg, file)), `${file} is in the package`);
  const types = readFileSync(join(pkg, manifest.types), 'utf8');
  for (const name of [
    'class KopruError',
    'class Session',
    'class Client',
    'exportState',
    'pages<',
    'transportFailed',
    'function syncCatalogue',
    'function importOrders',
    'function loadBridge',
  ]) {
    ok(types.includes(name), `kopru.d.ts declares ${name}`);
  }
  equal(
    Object.keys(kopru).sort().join(),
    'Client,KopruError,Session,codes,importOrders,loadBridge,syncCatalogue',
    'the public exports',
  );
});

test('node: a call that fails while its login is out does not hold the client\'s next call', async () => {
  const deadlineMs = 4000;
  const client = new kopru.Client({
    service: 'entegra',
    base_url: `${sandboxUrl}/entegra`,
    credentials: CREDENTIALS.entegra,
    retry: { deadline_ms: deadlineMs },
  });
  const realFetch = globalThis.fetch;
  // The login's answer is one the session cannot read (a status that is no number).
  globalThis.fetch = async () => ({ status: 'broken', headers: [], text: async () => '' });
  let failed;
  try {
    failed = await client.call('entegra.products.list', { page: 1 }).then(() => null, (error) => error);
  } finally {
    globalThis.fetch = realFetch;
  }
  ok(failed instanceof kopru.KopruError, `the call failed with a KopruError: ${failed}`);
  equal(failed.sent, true, 'its login had been handed to the transport');
  const started = Date.now();
  const listed = await client.call('entegra.products.list', { page: 1 });
  ok(Array.isArray(listed.items), 'the next call logged in and listed');
  const waited = Date.now() - started;
  ok(waited < deadlineMs / 2, `the next call did not wait out the deadline for the dead login (${waited} ms)`);
});

test('node: a call waits for another call\'s login at most the deadline, then goes on', async () => {
  const deadlineMs = 1000;
  const client = new kopru.Client({
    service: 'entegra',
    base_url: `${sandboxUrl}/entegra`,
    credentials: CREDENTIALS.entegra,
    retry: { deadline_ms: deadlineMs },
  });
  const realFetch = globalThis.fetch;
  // The first request (the first call's login) gets no answer until it is released.
  let releaseLogin;
  let first = true;
  globalThis.fetch = (url, init) => {
    if (!first) return realFetch(url, init);
    first = false;
    return new Promise((_, reject) => {
      releaseLogin = () => reject(new Error('released by the test'));
    });
  };
  let timer;
  const held = client.call('entegra.products.list', { page: 1 }).then(() => 'listed', () => 'failed');
  try {
    const started = Date.now();
    const giveUp = new Promise((resolve) => {
      timer = setTimeout(() => resolve('still waiting'), 10 * deadlineMs);
    });
    const second = client.call('entegra.products.list', { page: 1 }).then((result) => Array.isArray(result.items));
    const outcome = await Promise.race([second, giveUp]);
    const waited = Date.now() - started;
    equal(outcome, true, 'the second call went on after the deadline, logged in itself and listed');
    ok(waited >= deadlineMs * 0.9, `it waited for the first call's login first (${waited} ms)`);
  } finally {
    clearTimeout(timer);
    globalThis.fetch = realFetch;
    // Released whatever happened, so that a call still waiting for it ends too.
    releaseLogin?.();
    await held;
  }
});

test('node: clients and sessions seed their jitter without a global Web Crypto (Node 18)', async () => {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true, writable: true });
  try {
    const session = new kopru.Session({ service: 'erp', sandbox: true, credentials: CREDENTIALS.erp });
    ok(session.start('erp.inventory.list', { page: 1 }, Date.now()).send, 'the session asked for a request');
    const client = new kopru.Client({ service: 'erp', sandbox: true, credentials: CREDENTIALS.erp });
    ok(Array.isArray((await client.call('erp.inventory.list', { page: 1 })).items), 'the client listed');
  } finally {
    Object.defineProperty(globalThis, 'crypto', descriptor);
  }
});

test('node: state_file keeps the session between clients and is private', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-js-'));
  try {
    const stateFile = join(dir, 'entegra-state.json');
    const config = {
      service: 'entegra',
      base_url: `${sandboxUrl}/entegra`,
      credentials: CREDENTIALS.entegra,
      state_file: stateFile,
    };
    const stats = async () => (await (await fetch(`${sandboxUrl}/_admin/stats`)).json()).entegra;
    const before = await stats();
    await new kopru.Client(config).call('entegra.products.list', { page: 1 });
    ok(existsSync(stateFile), 'the state file was written');
    equal(statSync(stateFile).mode & 0o777, 0o600, 'the state file is readable by its owner only');
    const saved = JSON.parse(readFileSync(stateFile, 'utf8'));
    ok(saved.access_token, 'the state file holds the token');
    ok(!readFileSync(stateFile, 'utf8').includes(CREDENTIALS.entegra.password), 'but not the password');
    await new kopru.Client(config).call('entegra.orders.list', { page: 1 });
    const after = await stats();
    equal(after.logins - before.logins, 1, 'the second client reused the saved token');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('node: a state_file that cannot be written is a warning beside the server\'s result', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-js-'));
  try {
    const folder = join(dir, 'state');
    mkdirSync(folder);
    const stateFile = join(folder, 'tedbul.json');
    const client = new kopru.Client({ service: 'tedbul', sandbox: true, credentials: CREDENTIALS.tedbul, state_file: stateFile });
    rmSync(folder, { recursive: true });
    const created = await client.call('tedbul.ads.create', {
      productBarcode: '8690000000017', productName: 'Deneme', stock: 5, price: '100.00', expiration: '2027-12-31',
    });
    ok(created.adsId !== undefined, `the create went through: ${JSON.stringify(created)}`);
    equal(created.warnings?.at(-1)?.kind, 'state_not_saved', JSON.stringify(created.warnings));
    ok(created.warnings.at(-1).message.includes('tedbul.json'), created.warnings.at(-1).message);
    mkdirSync(folder);
    const listed = await client.call('tedbul.ads.list', {});
    equal(listed.warnings, undefined, 'the next call saved again');
    ok(JSON.parse(readFileSync(stateFile, 'utf8')).access_token, 'the state file holds the token');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('node: an unreadable or corrupt state_file is a config error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-js-'));
  try {
    const config = (stateFile) => ({ service: 'erp', sandbox: true, credentials: CREDENTIALS.erp, state_file: stateFile });
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const unreadable = throws(() => new kopru.Client(config(folder)));
    ok(unreadable instanceof kopru.KopruError, `a KopruError: ${unreadable}`);
    equal(unreadable.kind, 'config');
    ok(unreadable.message.includes('state_file'), unreadable.message);
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{not json');
    equal(throws(() => new kopru.Client(config(corrupt))).kind, 'config');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('node: kopru.d.ts type-checks real uses and refuses wrong ones (tsc --strict)', () => {
  const tsc = join(root, 'tests/.tools/node_modules/.bin/tsc');
  ok(existsSync(tsc), 'TypeScript is installed in tests/.tools (tests/suites/node.sh installs it)');
  const run = spawnSync(
    tsc,
    ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', join(root, 'tests/js/types/usage.mts')],
    { encoding: 'utf8' },
  );
  equal(run.status, 0, `tsc reported:\n${run.stdout}${run.stderr}`);
});
