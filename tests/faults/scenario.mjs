// The fault scenario through kopru's JavaScript client (wasm/pkg on Node's fetch).
//
// Runs the operations of tests/faults/mix.json (lists, Entegra product creates,
// Tedbul ad creates, Tedbul bulk stock updates) against the loopback sandbox server
// with its fault knobs on, classifies every outcome, then turns the faults off and
// checks the server's data: no write duplicated, none lost. Prints a report and
// exits non-zero when a write was duplicated or lost, or an error was not typed.
//
//   node tests/faults/scenario.mjs [http://127.0.0.1:PORT]   (default: $KOPRU_SANDBOX_URL)
import { readFileSync } from 'node:fs';
import { Client, KopruError } from '../../wasm/pkg/node.js';

const MIX = JSON.parse(readFileSync(new URL('./mix.json', import.meta.url), 'utf8'));
const KINDS = ['validation', 'api', 'auth', 'rate_limited', 'transport', 'decode', 'config'];
const BINDING = 'js';
const TAG = '2';
const CREDENTIALS = {
  entegra: { email: 'demo@kopru.dev', password: 'demo-password' },
  tedbul: { username: 'demo', password: 'demo-password', secretkey: 'demo-secret' },
};
const UPDATE_BATCH = 3;
const PRICE = '10.50';
const CREATES = ['entegra.products.create', 'tedbul.ads.create'];
const FAULT_NAMES = {
  failed: '5xx',
  throttled: '429',
  reset_mid_body: 'reset mid-body',
  slow_body: 'slow body',
  dropped: 'dropped',
  tokens_expired: 'token expiries',
};

/** Calls an admin endpoint of the server (never faulted) and returns its JSON. */
async function admin(url, method, name, body) {
  const response = await fetch(`${url}/_admin/${name}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`/_admin/${name} answered ${response.status}`);
  return response.json();
}

/** One of the server's counts for the path of `op`. */
function pathCount(stats, op, name) {
  return stats[op.split('.')[0]].paths[MIX.paths[op]]?.[name] ?? 0;
}

const service = (op) => op.split('.')[0];
const pad = (n, width) => String(n).padStart(width, '0');
const sum = (items, f) => items.reduce((total, item) => total + Number(f(item)), 0);
const percent = (share) => `${Math.round(share * 100)}%`;

/** One run: the clients, what each operation did, and the stock history of the ads. */
class Scenario {
  constructor(url) {
    this.url = url;
    this.clients = Object.fromEntries(
      Object.entries(CREDENTIALS).map(([name, credentials]) => [
        name,
        new Client({ service: name, base_url: `${url}/${name}`, credentials, ...MIX.client }),
      ]),
    );
    this.records = [];
    this.pool = [];
    this.initial = new Map();
    this.history = new Map();
    this.untyped = [];
  }

  /** The parameters of operation `i`, the key it creates and the stocks it sets. */
  params(i, op) {
    switch (op) {
      case 'entegra.products.list':
        return [{ page: 1 }, null, []];
      case 'tedbul.ads.list':
        return [{ page: 1, show: 10 }, null, []];
      case 'entegra.products.create': {
        const code = `FLT-${BINDING}-${pad(i, 4)}`;
        return [{ list: [{ productCode: code, productName: `Fault scenario ${i}` }] }, code, []];
      }
      case 'tedbul.ads.create': {
        const barcode = `869${TAG}${pad(i, 9)}`;
        const ad = { productBarcode: barcode, productName: `Fault scenario ${i}`, stock: 5, price: PRICE };
        return [ad, barcode, []];
      }
      default: {
        const picked = [];
        for (let j = 0; j < UPDATE_BATCH; j++) picked.push(this.pool[(i * UPDATE_BATCH + j) % this.pool.length]);
        const stocks = [...new Set(picked)].map((ad, j) => [ad, 3 + ((i * 7 + j * 13) % 90)]);
        return [{ adsList: stocks.map(([id, stock]) => ({ id, stock, price: PRICE })) }, null, stocks];
      }
    }
  }

  /** Runs operation `i`, records its outcome, and returns the server's stats after it. */
  async run(i, op, before) {
    const [params, key, stocks] = this.params(i, op);
    let kind = null;
    let result = null;
    try {
      result = await this.clients[service(op)].call(op, params);
    } catch (error) {
      if (error instanceof KopruError && KINDS.includes(error.kind)) {
        kind = error.kind;
      } else {
        kind = 'untyped';
        this.untyped.push(`${op}: ${error?.name}: ${error?.message}`);
      }
    }
    const after = await admin(this.url, 'GET', 'stats');
    const delta = (name) => pathCount(after, op, name) - pathCount(before, op, name);
    this.records.push({
      op,
      kind,
      key,
      write: !op.endsWith('.list'),
      requests: delta('requests'),
      applied: delta('applied'),
    });
    if (op === 'tedbul.ads.create' && kind === null) {
      this.pool.push(String(result.adsId));
      this.initial.set(String(result.adsId), 5);
    }
    for (const [ad, stock] of stocks) {
      if (!this.history.has(ad)) this.history.set(ad, []);
      this.history.get(ad).push([stock, kind === null]);
    }
    return after;
  }

  /** With the faults off, lists everything and counts duplicated and lost writes. */
  async verify() {
    await admin(this.url, 'POST', 'faults', MIX.faults_off);
    const listed = new Map();
    const count = (key) => listed.set(key, (listed.get(key) ?? 0) + 1);
    for await (const product of this.clients.entegra.pages('entegra.products.list', {})) count(product.productCode);
    const stock = new Map();
    for await (const ad of this.clients.tedbul.pages('tedbul.ads.list', { show: 100 })) {
      stock.set(String(ad.adsId), Number(ad.stock));
      ad.barcodes.forEach(count);
    }
    const stats = await admin(this.url, 'GET', 'stats');
    const creates = this.records.filter((r) => r.key !== null);
    const times = (key) => listed.get(key) ?? 0;
    return {
      listedTwice: sum(creates, (r) => times(r.key) > 1),
      resent: sum(CREATES, (op) => pathCount(stats, op, 'repeated')),
      lostCreates: sum(creates, (r) => r.kind === null && times(r.key) === 0),
      lostUpdates: sum([...this.history.keys()], (ad) => !this.allowed(ad).has(stock.get(ad))),
      contradicted:
        sum(this.records, (r) => r.kind === null && r.requests === 0) +
        sum(creates, (r) => r.kind !== null && times(r.key) > 0 !== r.applied > 0),
      requests: stats.entegra.requests + stats.tedbul.requests,
      loginsEntegra: stats.entegra.logins,
      loginsTedbul: stats.tedbul.logins,
      injected: Object.keys(FAULT_NAMES).map(
        (name) => (stats.entegra.injected[name] ?? 0) + (stats.tedbul.injected[name] ?? 0),
      ),
    };
  }

  /**
   * The stocks an ad may end with: the last one set by a completed update (else its
   * first stock), or one set by a failed update after it (the server may have applied it).
   */
  allowed(ad) {
    const steps = this.history.get(ad);
    const last = steps.findLastIndex(([, ok]) => ok);
    if (last < 0) return new Set([this.initial.get(ad), ...steps.map(([value]) => value)]);
    return new Set(steps.slice(last).map(([value]) => value));
  }
}

/** One row per operation and a total: outcomes, retries and ambiguous writes. */
function table(records) {
  const row = (cells) =>
    cells[0].padEnd(25) + cells.slice(1).map((c, n) => String(c).padStart([6, 11, 9, 9, 8, 11][n])).join('');
  const lines = [row(['operation', 'ops', 'first try', 'retried', 'retries', 'failed', 'ambiguous'])];
  for (const op of [...new Set(MIX.cycle), 'total']) {
    const mine = records.filter((r) => op === 'total' || r.op === op);
    const ok = mine.filter((r) => r.kind === null);
    const failed = mine.filter((r) => r.kind !== null);
    lines.push(
      row([
        op,
        mine.length,
        sum(ok, (r) => r.requests === 1),
        sum(ok, (r) => r.requests > 1),
        sum(mine, (r) => Math.max(r.requests - 1, 0)),
        failed.length,
        sum(failed, (r) => r.write && r.applied > 0),
      ]),
    );
  }
  return lines;
}

/** The whole report. */
function report(scenario, checks, seconds) {
  const f = MIX.faults;
  const kinds = {};
  for (const r of scenario.records) if (r.kind !== null) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  const byKind = Object.keys(kinds).sort().map((k) => `${k} ${kinds[k]}`);
  return [
    `kopru fault scenario: ${BINDING} (node ${process.versions.node}), ` +
      `${scenario.records.length} operations in ${seconds.toFixed(1)} s`,
    `faults (seed ${f.seed}): latency ${f.latency_ms} ms; per request: 5xx ${percent(f.fail_rate)}, ` +
      `429 ${percent(f.throttle_rate)} (Retry-After ${f.throttle_retry_after} s), ` +
      `reset mid-body ${percent(f.reset_mid_body_rate)}, slow body ${percent(f.slow_body_rate)} ` +
      `(${f.slow_body_ms} ms, timeout ${MIX.client.timeout_ms} ms), dropped ${percent(f.drop_rate)}; ` +
      `tokens expire every ${f.expire_tokens_every} requests`,
    `faults injected: ${Object.values(FAULT_NAMES)
      .map((label, n) => `${label} ${checks.injected[n]}`)
      .join(', ')}`,
    ...table(scenario.records),
    `failed by kind: ${byKind.join(', ') || 'none'}`,
    `requests the server saw: ${checks.requests} ` +
      `(logins: entegra ${checks.loginsEntegra}, tedbul ${checks.loginsTedbul})`,
    `duplicated writes: ${checks.listedTwice + checks.resent} (listed twice ${checks.listedTwice}, ` +
      `creates re-sent after being applied ${checks.resent})`,
    `lost writes: ${checks.lostCreates + checks.lostUpdates} (creates ${checks.lostCreates}, ` +
      `ads whose stock is not the last one set ${checks.lostUpdates})`,
    `untyped errors or crashes: ${scenario.untyped.length}; ` +
      `outcomes the server contradicts: ${checks.contradicted}`,
    ...scenario.untyped.slice(0, 10).map((line) => `  ${line}`),
  ];
}

async function main() {
  const url = (process.argv[2] ?? process.env.KOPRU_SANDBOX_URL ?? '').replace(/\/+$/, '');
  if (!url) {
    console.error('usage: node tests/faults/scenario.mjs [http://127.0.0.1:PORT]');
    return 2;
  }
  await admin(url, 'POST', 'reset');
  const scenario = new Scenario(url);
  for await (const ad of scenario.clients.tedbul.pages('tedbul.ads.list', { show: 100 })) {
    scenario.pool.push(String(ad.adsId));
    scenario.initial.set(String(ad.adsId), Number(ad.stock));
  }
  await admin(url, 'POST', 'faults', MIX.faults);
  const started = performance.now();
  let stats = await admin(url, 'GET', 'stats');
  for (let i = 0; i < MIX.operations; i++) {
    stats = await scenario.run(i, MIX.cycle[i % MIX.cycle.length], stats);
  }
  const seconds = (performance.now() - started) / 1000;
  const checks = await scenario.verify();
  console.log(report(scenario, checks, seconds).join('\n'));
  const bad = ['listedTwice', 'resent', 'lostCreates', 'lostUpdates', 'contradicted'].some((k) => checks[k] > 0);
  return bad || scenario.untyped.length > 0 || scenario.records.length < MIX.operations ? 1 : 0;
}

process.exitCode = await main();
