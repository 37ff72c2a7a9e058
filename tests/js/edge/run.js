// Edge suite of the `kopru` npm package: runs the shared checks (tests/js/checks.js)
// in Deno, Bun and workerd against the package as npm installs it (the tarball
// of `npm pack wasm/pkg`, unpacked into node_modules/kopru of a scratch app), and
// runs the README's Cloudflare Worker quickstart in workerd against the loopback
// sandbox server.
//
//   KOPRU_SANDBOX_URL=http://127.0.0.1:PORT node tests/js/edge/run.js APP_DIR TOOLS_BIN
//
// APP_DIR holds node_modules/kopru already; TOOLS_BIN has deno, bun and workerd.
// Prints every check per runtime and `N passed, M failed`; exits 1 on any failure.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const [app, toolsBin] = process.argv.slice(2).map((path) => path && resolve(path));
const sandboxUrl = process.env.KOPRU_SANDBOX_URL;
const timeoutMs = Number(process.env.KOPRU_EDGE_TIMEOUT_MS ?? 300_000);
if (!app || !toolsBin || !sandboxUrl) {
  console.error('usage: KOPRU_SANDBOX_URL=… node tests/js/edge/run.js APP_DIR TOOLS_BIN (see tests/suites/edge.sh)');
  process.exit(2);
}

// A loopback port that was free a moment ago and that nothing listens on now.
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
const closedUrl = `http://127.0.0.1:${await freePort()}`;

// The app: the shared checks beside the hosts, and every conformance vector as one JSON file.
mkdirSync(join(app, 'checks'), { recursive: true });
for (const file of ['assert.js', 'checks.js', 'vectors.js']) copyFileSync(join(root, 'tests/js', file), join(app, 'checks', file));
copyFileSync(join(root, 'tests/js/edge/run_checks.js'), join(app, 'checks/run_checks.js'));
for (const file of ['host.js', 'worker.js']) copyFileSync(join(root, 'tests/js/edge', file), join(app, file));
const vectorsDir = join(root, 'tests/vectors');
const vectors = readdirSync(vectorsDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file, cases: JSON.parse(readFileSync(join(vectorsDir, file), 'utf8')).cases }));
writeFileSync(join(app, 'vectors.json'), JSON.stringify(vectors));

// The README's Worker quickstart: the ```js block after the marker comment.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const quickstart = /<!-- cloudflare-worker-quickstart -->\s*```js\n([\s\S]*?)```/.exec(readme);
if (!quickstart) {
  console.error('README.md has no block after <!-- cloudflare-worker-quickstart -->');
  process.exit(1);
}
writeFileSync(join(app, 'quickstart.js'), quickstart[1]);

// Runs `command` in the app folder; resolves to {code, stdout, stderr}, killing it after the timeout.
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: app, env: { ...process.env, ...env }, detached: true });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

// The last line of a host's output that parses as `{results}`.
function resultsOf(output) {
  for (const line of output.stdout.trim().split('\n').reverse()) {
    try {
      const parsed = JSON.parse(line);
      if (Array.isArray(parsed.results)) return parsed.results;
    } catch {
      // Not the results line.
    }
  }
  return null;
}

// Resolves the package's `.` export with a host's conditions, as its bundler or runtime does.
function resolveExport(conditions) {
  const manifest = JSON.parse(readFileSync(join(app, 'node_modules/kopru/package.json'), 'utf8'));
  let target = manifest.exports['.'];
  while (typeof target === 'object') {
    const key = Object.keys(target).find((k) => k !== 'types' && conditions.includes(k));
    if (!key) return null;
    target = target[key];
  }
  return target;
}

const capnpText = (value) => JSON.stringify(String(value));

// The workerd config: the checks Worker and the README quickstart Worker, each
// with the package's files as modules and a module `kopru` that re-exports the
// entry the exports map gives for wrangler's conditions.
function workerdConfig(entry, checksPort, quickstartPort) {
  const pkgFiles = readdirSync(join(app, 'node_modules/kopru')).filter((f) => /\.(js|wasm)$/.test(f));
  const pkgModules = pkgFiles.map((file) => {
    const name = `node_modules/kopru/${file}`;
    return file.endsWith('.wasm')
      ? `(name = ${capnpText(name)}, wasm = embed ${capnpText(name)})`
      : `(name = ${capnpText(name)}, esModule = embed ${capnpText(name)})`;
  });
  writeFileSync(join(app, 'kopru.js'), `export * from ${capnpText(`./node_modules/kopru/${entry.replace(/^\.\//, '')}`)};\n`);
  const shared = [`(name = "kopru", esModule = embed "kopru.js")`, ...pkgModules];
  const checksModules = [
    `(name = "worker.js", esModule = embed "worker.js")`,
    ...['assert.js', 'checks.js', 'vectors.js', 'run_checks.js'].map(
      (f) => `(name = "checks/${f}", esModule = embed "checks/${f}")`,
    ),
    `(name = "vectors.json", json = embed "vectors.json")`,
    ...shared,
  ];
  const erp = new URL('/erp', sandboxUrl).href;
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "checks", worker = .checksWorker),
    (name = "quickstart", worker = .quickstartWorker),
    (name = "net", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [
    (name = "checks", address = "127.0.0.1:${checksPort}", http = (), service = "checks"),
    (name = "quickstart", address = "127.0.0.1:${quickstartPort}", http = (), service = "quickstart"),
  ],
);
const checksWorker :Workerd.Worker = (
  modules = [ ${checksModules.join(',\n    ')} ],
  bindings = [
    (name = "KOPRU_SANDBOX_URL", text = ${capnpText(sandboxUrl)}),
    (name = "KOPRU_CLOSED_URL", text = ${capnpText(closedUrl)}),
  ],
  compatibilityDate = "2024-09-23",
  globalOutbound = "net",
);
const quickstartWorker :Workerd.Worker = (
  modules = [ (name = "quickstart.js", esModule = embed "quickstart.js"), ${shared.join(',\n    ')} ],
  bindings = [
    (name = "ERP_URL", text = ${capnpText(erp.replace(/\/$/, ''))}),
    (name = "ERP_USERNAME", text = "demo"),
    (name = "ERP_PASSWORD", text = "demo-password"),
  ],
  compatibilityDate = "2024-09-23",
  globalOutbound = "net",
);
`;
}

// Fetches `url` until workerd answers (it takes a moment to start), within the timeout.
async function fetchWhenUp(url, workerd) {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    if (workerd.exitCode !== null) throw new Error(`workerd exited (${workerd.exitCode})`);
    try {
      return await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if (error.name === 'TimeoutError') throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * (attempt + 1), 1000)));
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

async function workerdRuns() {
  const conditions = ['workerd', 'worker', 'browser', 'import', 'default'];
  const entry = resolveExport(conditions);
  const version = (await run(join(toolsBin, 'workerd'), ['--version'])).stdout.trim();
  console.log(`workerd: ${version}; exports map with [${conditions.join(', ')}] gives ${entry}`);
  if (!entry) return { checks: null, quickstart: 'the exports map has no entry for workerd' };
  const [checksPort, quickstartPort] = [await freePort(), await freePort()];
  writeFileSync(join(app, 'config.capnp'), workerdConfig(entry, checksPort, quickstartPort));
  const log = [];
  const workerd = spawn(join(toolsBin, 'workerd'), ['serve', 'config.capnp'], { cwd: app, detached: true });
  workerd.stdout.on('data', (d) => log.push(d.toString()));
  workerd.stderr.on('data', (d) => log.push(d.toString()));
  const exited = new Promise((resolve) => workerd.on('exit', resolve));
  try {
    const checksAnswer = await fetchWhenUp(`http://127.0.0.1:${checksPort}/`, workerd);
    const checks = checksAnswer.ok ? (await checksAnswer.json()).results : null;
    if (!checks) console.log(`workerd checks answered ${checksAnswer.status}: ${await checksAnswer.text()}`);
    const answer = await fetchWhenUp(`http://127.0.0.1:${quickstartPort}/`, workerd);
    const body = await answer.text();
    let quickstart = null;
    try {
      const products = JSON.parse(body);
      if (answer.status !== 200 || !Array.isArray(products) || products.length === 0 || typeof products[0].code !== 'string') {
        quickstart = `expected 200 and a list of {code, name}, got ${answer.status}: ${body.slice(0, 300)}`;
      } else {
        console.log(`workerd quickstart: ${products.length} products, first ${JSON.stringify(products[0])}`);
      }
    } catch {
      quickstart = `the quickstart did not answer JSON (${answer.status}): ${body.slice(0, 300)}`;
    }
    return { checks, quickstart };
  } catch (error) {
    console.log(log.join('').split('\n').slice(-30).join('\n'));
    return { checks: null, quickstart: String(error) };
  } finally {
    try {
      process.kill(-workerd.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
  }
}

const env = { KOPRU_SANDBOX_URL: sandboxUrl, KOPRU_CLOSED_URL: closedUrl };
const hosts = [
  {
    name: 'deno',
    version: ['--version'],
    command: ['run', '--allow-read', '--allow-net', '--allow-env', 'host.js'],
  },
  { name: 'bun', version: ['--version'], command: ['host.js'] },
];

let passed = 0;
let failed = 0;
const report = (runtime, results) => {
  for (const { name, ok, ms, error } of results) {
    console.log(`${ok ? 'ok    ' : 'FAILED'} [${runtime}] ${name} (${ms} ms)`);
    if (!ok) console.log(`       ${error.split('\n').join('\n       ')}`);
    if (ok) passed++;
    else failed++;
  }
  console.log(`${runtime}: ${results.filter((r) => r.ok).length} of ${results.length} checks passed`);
};

for (const host of hosts) {
  const bin = join(toolsBin, host.name);
  const version = (await run(bin, host.version)).stdout.split('\n')[0].trim();
  console.log(`${host.name}: ${version}`);
  const output = await run(bin, host.command, env);
  const results = resultsOf(output);
  if (!results) {
    console.log(`FAILED [${host.name}] no results (exit ${output.code})\n${output.stdout.slice(-2000)}\n${output.stderr.slice(-3000)}`);
    failed++;
    continue;
  }
  report(host.name, results);
}

const workerd = await workerdRuns();
if (workerd.checks) report('workerd', workerd.checks);
else {
  console.log('FAILED [workerd] the checks Worker gave no results');
  failed++;
}
if (workerd.quickstart === null) {
  console.log('ok     [workerd] README Cloudflare Worker quickstart');
  passed++;
} else {
  console.log(`FAILED [workerd] README Cloudflare Worker quickstart: ${workerd.quickstart}`);
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
