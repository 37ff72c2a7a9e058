// Chromium and Firefox suites of the `kopru` npm package: serves
// tests/js/browser/index.html, the package (wasm/pkg), the shared checks and the
// conformance vectors on a loopback port, opens the page in headless Chromium
// (or Firefox ESR with KOPRU_BROWSER=firefox) and waits for the page to post its
// results. The page calls the loopback sandbox server (KOPRU_SANDBOX_URL,
// which answers CORS) directly, as a browser app would.
//
//   KOPRU_SANDBOX_URL=http://127.0.0.1:PORT node tests/js/browser/run.js
//   KOPRU_BROWSER=firefox FIREFOX=/usr/bin/firefox-esr KOPRU_SANDBOX_URL=… node tests/js/browser/run.js
//
// Prints every check and `N passed, M failed`; exits 1 on any failure.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sandboxUrl = process.env.KOPRU_SANDBOX_URL;
const browserName = process.env.KOPRU_BROWSER ?? 'chromium';
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const firefox = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const timeoutMs = Number(process.env.KOPRU_BROWSER_TIMEOUT_MS ?? 180_000);
if (!sandboxUrl) {
  console.error('KOPRU_SANDBOX_URL is not set: run tests/suites/chromium.sh');
  process.exit(2);
}

const mounts = {
  '/pkg/': join(root, 'wasm/pkg'),
  '/js/': join(root, 'tests/js'),
  '/browser/': join(root, 'tests/js/browser'),
  '/vectors/': join(root, 'tests/vectors'),
  '/bad-input/': join(root, 'tests/bad-input'),
};
const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.html': 'text/html', '.ts': 'text/plain' };

// A loopback port that was free a moment ago and that nothing listens on now.
const closedPort = await new Promise((resolve) => {
  const probe = createTcpServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

let finish;
const reported = new Promise((resolve) => {
  finish = resolve;
});

function serveFile(response, dir, rest) {
  const path = normalize(join(dir, rest));
  if (!path.startsWith(dir) || !statSync(path, { throwIfNoEntry: false })?.isFile()) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  response.end(readFileSync(path));
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost');
  if (request.method === 'POST' && pathname === '/report') {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      response.writeHead(204).end();
      finish(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    });
    return;
  }
  if (pathname === '/') return serveFile(response, mounts['/browser/'], 'index.html');
  if (pathname === '/config.json') {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    return response.end(JSON.stringify({ sandboxUrl, closedUrl: `http://127.0.0.1:${closedPort}` }));
  }
  if (pathname === '/operations.json') return serveFile(response, join(root, 'tests'), 'operations.json');
  if (pathname === '/vectors/index.json') {
    const dialect = readdirSync(join(mounts['/vectors/'], 'dialect'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `dialect/${f}`);
    const files = [...readdirSync(mounts['/vectors/']).filter((f) => f.endsWith('.json')), ...dialect].sort();
    response.writeHead(200, { 'Content-Type': 'application/json' });
    return response.end(JSON.stringify(files));
  }
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (pathname.startsWith(prefix)) return serveFile(response, dir, decodeURIComponent(pathname.slice(prefix.length)));
  }
  response.writeHead(404).end('not found');
});

await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const pageUrl = `http://127.0.0.1:${server.address().port}/`;
const profile = mkdtempSync(join(tmpdir(), `kopru-${browserName}-`));
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  `--user-data-dir=${profile}`,
  pageUrl,
];
// Firefox reads its preferences from the profile's user.js: nothing reaches out
// to the network on its own (updates, telemetry, captive portal probes).
const firefoxPrefs = {
  'app.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.aboutwelcome.enabled': false,
};
if (browserName === 'firefox') {
  const lines = Object.entries(firefoxPrefs).map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${value});`);
  writeFileSync(join(profile, 'user.js'), `${lines.join('\n')}\n`);
}
const [executable, args] =
  browserName === 'firefox'
    ? [firefox, ['--headless', '--no-remote', '--profile', profile, pageUrl]]
    : [chromium, chromiumArgs];
console.log(`page ${pageUrl} (sandbox server ${sandboxUrl})`);
console.log(`${executable} ${args.join(' ')}`);
const browserLog = [];
const browser = spawn(executable, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
browser.stdout.on('data', (d) => browserLog.push(d.toString()));
browser.stderr.on('data', (d) => browserLog.push(d.toString()));
const exited = new Promise((resolve) => browser.on('exit', (code, signal) => resolve({ exited: `${code ?? signal}` })));
let timer;
const timedOut = new Promise((resolve) => {
  timer = setTimeout(() => resolve({ timedOut: true }), timeoutMs);
});

const outcome = await Promise.race([reported, exited, timedOut]);
clearTimeout(timer);
// Stop the browser (its whole process group, which this script started) and wait for it.
const stopped = (signal) => {
  try {
    process.kill(-browser.pid, signal);
  } catch {
    // The browser has already exited.
  }
  return Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(null), 5000))]);
};
if ((await stopped('SIGTERM')) === null) await stopped('SIGKILL');
server.close();
rmSync(profile, { recursive: true, force: true, maxRetries: 5 });

if (!outcome.results) {
  if (outcome.fatal) console.error(`the page failed: ${outcome.fatal}`);
  else if (outcome.timedOut) console.error(`no report from the page within ${timeoutMs} ms`);
  else console.error(`${browserName} exited (${outcome.exited}) before the page reported`);
  console.error(browserLog.join('').split('\n').slice(-30).join('\n'));
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log(`browser: ${outcome.userAgent}`);
for (const { name, ok, ms, error } of outcome.results) {
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${name} (${ms} ms)`);
  if (!ok) console.log(`       ${error.split('\n').join('\n       ')}`);
}
const failed = outcome.results.filter((r) => !r.ok).length;
console.log(`${outcome.results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
