// The secrets canary of the JavaScript binding: unique strings as password and
// secret key, and (through a crafted state) as access and refresh tokens. Every
// error kind is provoked, with vendors and transports that echo the secrets back;
// no error (message, stack, fields, util.inspect, JSON), no inspection of a client
// or session, and nothing written to the console may contain them. The exported
// state holds the tokens (by design), never the password or the secret key.
import { test } from 'node:test';
import { inspect } from 'node:util';
import * as kopru from 'kopru';
import { ok, rejects, throws } from './assert.js';

const PASSWORD = 'canary-password-7f3a9c';
const SECRET_KEY = 'canary-secretkey-51e2d8';
const ACCESS = 'canary-access-9b4e06';
const REFRESH = 'canary-refresh-c0d1f7';
const BASIC = btoa(`demo:${PASSWORD}`);
const FORBIDDEN = [PASSWORD, SECRET_KEY, ACCESS, REFRESH, BASIC];
const NOW = 1_700_000_000_000;
const FAR = 1_900_000_000_000;
const LISTS = { entegra: 'entegra.products.list', tedbul: 'tedbul.ads.list', erp: 'erp.products.list' };
const HELD = {
  entegra: `${PASSWORD} ${ACCESS} ${REFRESH}`,
  tedbul: `${PASSWORD} ${SECRET_KEY} ${ACCESS} ${REFRESH}`,
  erp: `${PASSWORD} ${BASIC}`,
};

function config(service, extra = {}) {
  const credentials =
    service === 'entegra'
      ? { email: 'demo@kopru.dev', password: PASSWORD }
      : { username: 'demo', password: PASSWORD, ...(service === 'tedbul' ? { secretkey: SECRET_KEY } : {}) };
  const base = service === 'erp' ? { base_url: 'https://erp.example.com' } : {};
  return { service, credentials, max_retries: 0, ...base, ...extra };
}

const state = (service) => ({
  version: 1,
  service,
  account: service === 'entegra' ? 'demo@kopru.dev' : 'demo',
  access_token: ACCESS,
  access_expires_ms: FAR,
  refresh_token: REFRESH,
  refresh_expires_ms: FAR,
});

// Everything a caller can see of an error.
const views = (error) => [
  String(error),
  error.stack ?? '',
  inspect(error, { depth: 5, showHidden: true }),
  JSON.stringify(error),
  JSON.stringify({ ...error }),
];

function assertClean(what, ...texts) {
  for (const text of texts) {
    for (const secret of FORBIDDEN) ok(!text.includes(secret), `${what} shows ${secret}: ${text.slice(0, 300)}`);
  }
}

const echo = (service) => {
  const held = HELD[service];
  return JSON.stringify({ detail: `bad credentials ${held}`, message: `token ${held}`, code: held, errors: { [PASSWORD]: [held] } });
};

function answered(session, op, response) {
  let step = session.start(op, {}, NOW);
  return throws(() => {
    for (let i = 0; i < 10 && step.send; i++) step = session.receive(response, NOW);
  }, `${op} did not end in an error`);
}

// Captures what is written to the console while `run` runs.
async function consoleOutput(run) {
  const written = [];
  const saved = {};
  for (const name of ['log', 'info', 'warn', 'error', 'debug']) {
    saved[name] = console[name];
    console[name] = (...args) => written.push(args.map((a) => inspect(a)).join(' '));
  }
  try {
    await run();
  } finally {
    Object.assign(console, saved);
  }
  return written.join('\n');
}

for (const service of ['entegra', 'tedbul', 'erp']) {
  test(`secrets: no error kind shows a secret (${service})`, async () => {
    const errors = [];
    let session;
    let client;
    const logged = await consoleOutput(async () => {
      const op = LISTS[service];
      session = new kopru.Session(config(service), state(service));
      errors.push(throws(() => session.start(`${service}.${PASSWORD}.${ACCESS}`, {}, NOW)));
      errors.push(throws(() => session.start(op, { page: PASSWORD, [ACCESS]: SECRET_KEY }, NOW)));
      for (const status of [400, 404, 500, 401]) {
        errors.push(answered(session, op, { status, headers: [], body: echo(service) }));
      }
      errors.push(answered(session, op, { status: 429, headers: [['Retry-After', PASSWORD]], body: echo(service) }));
      const held = HELD[service];
      const money = JSON.stringify({
        productList: { price1: held },
        status: true,
        success: true,
        result: { total: 1, data: { price: held } },
        data: held,
      });
      session = new kopru.Session(config(service), state(service));
      errors.push(answered(session, op, { status: 200, headers: [], body: money }));
      errors.push(answered(session, op, { status: 200, headers: [], body: echo(service).slice(1) }));
      session.start(op, {}, NOW);
      errors.push(throws(() => session.transportFailed(`connect https://demo:${PASSWORD}@host/ failed: ${held}`, true, NOW)));
      errors.push(throws(() => new kopru.Session(config(service, { base_url: `http://demo:${PASSWORD}@example.com` }))));
      client = new kopru.Client(config(service, { sandbox: true, base_url: null }));
      errors.push(await rejects(client.call(op, {})));
    });
    const kinds = new Set(errors.map((e) => e.kind));
    for (const kind of ['validation', 'api', 'auth', 'rate_limited', 'transport', 'decode', 'config']) {
      ok(kinds.has(kind), `a ${kind} error was provoked (have ${[...kinds]})`);
    }
    for (const error of errors) {
      ok(error instanceof kopru.KopruError, `a KopruError: ${error}`);
      assertClean(`a ${error.kind} error`, ...views(error));
    }
    assertClean('inspecting the session and the client', inspect(session, { showHidden: true }), inspect(client, { showHidden: true }));
    assertClean('the console', logged);
  });
}

test('secrets: the exported state holds the tokens but never the password', () => {
  for (const service of ['entegra', 'tedbul']) {
    const exported = JSON.stringify(new kopru.Session(config(service), state(service)).exportState());
    ok(exported.includes(ACCESS), exported);
    ok(!exported.includes(PASSWORD) && !exported.includes(SECRET_KEY), exported);
    const client = new kopru.Client(config(service, { sandbox: true }));
    ok(!JSON.stringify(client.exportState()).includes(PASSWORD));
  }
});
