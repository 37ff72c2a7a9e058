// The checks of the `kopru` npm package, shared by the Node suite (node --test)
// and the Chromium suite (tests/js/browser/): the same code runs in both hosts
// against the in-process sandbox and, over real HTTP, the loopback sandbox server.
import { deepEqual, equal, ok, rejects, throws } from './assert.js';
import { vectorChecks } from './vectors.js';

/** The sandbox accounts (docs/ARCHITECTURE.md). */
export const CREDENTIALS = {
  entegra: { email: 'demo@kopru.dev', password: 'demo-password' },
  erp: { username: 'demo', password: 'demo-password' },
  tedbul: { username: 'demo', password: 'demo-password', secretkey: 'demo-secret' },
};

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.toUpperCase();

const isMoney = (value) => typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value);

/** The eight operations every host runs: params and what the result must show. */
function operations() {
  return [
    {
      op: 'entegra.products.list',
      params: () => ({ page: 1 }),
      check(result) {
        ok(Array.isArray(result.items) && result.items.length > 0, 'products listed');
        ok(typeof result.items[0].productCode === 'string', 'productCode is a string');
        ok(isMoney(result.items[0].price1), `price1 is a decimal string: ${result.items[0].price1}`);
      },
    },
    {
      op: 'entegra.products.create',
      params: () => ({
        list: [
          {
            productCode: `JS-${unique()}`,
            productName: 'Köprü test ürünü',
            barcode: `869${Date.now() % 1e10}`,
            quantity: 7,
            price1: '129.90',
            price2: 119.9,
          },
        ],
      }),
      check(result) {
        ok(result && typeof result === 'object', `create answered: ${JSON.stringify(result)}`);
      },
    },
    {
      op: 'entegra.orders.list',
      params: () => ({ page: 1 }),
      check(result) {
        ok(Array.isArray(result.items) && result.items.length > 0, 'orders listed');
        ok('order_product' in result.items[0], 'order lines under order_product');
      },
    },
    {
      op: 'tedbul.ads.list',
      params: () => ({ page: 1 }),
      check(result) {
        ok(Array.isArray(result.items) && result.items.length > 0, 'ads listed');
      },
    },
    {
      op: 'tedbul.ads.create',
      params: () => ({
        productBarcode: `869${Date.now() % 1e10}`,
        productName: 'Köprü test ilanı',
        stock: 10,
        price: 10.5,
        description: 'kopru JavaScript suite',
        featured: 0,
        status: 1,
      }),
      check(result) {
        ok(result && typeof result === 'object', `create answered: ${JSON.stringify(result)}`);
      },
    },
    {
      op: 'tedbul.ads.update_many',
      params: () => ({ adsList: [{ id: 1, stock: 12, price: '11,25', status: 1 }] }),
      check(result) {
        equal(typeof result.successCount, 'number', `successCount in ${JSON.stringify(result)}`);
        equal(typeof result.errorCount, 'number', `errorCount in ${JSON.stringify(result)}`);
      },
    },
    {
      op: 'erp.products.list',
      params: () => ({ page: 1, per_page: 50 }),
      check(result) {
        ok(Array.isArray(result.items) && result.items.length > 0, 'products listed');
        ok(typeof result.items[0].ItemCode === 'string', 'ItemCode is a string');
      },
    },
    {
      op: 'erp.inventory.list',
      params: () => ({ page: 1 }),
      check(result) {
        ok(Array.isArray(result.items) && result.items.length > 0, 'inventory listed');
        ok('ItemCode' in result.items[0], 'inventory rows carry ItemCode');
      },
    },
  ];
}

/**
 * Every check as `{name, run}`.
 *
 * - `kopru`: the package's exports (`Client`, `Session`, `KopruError`).
 * - `sandboxUrl`: the loopback sandbox server (`KOPRU_SANDBOX_URL`).
 * - `closedUrl`: `http://127.0.0.1:PORT` of a loopback port nobody listens on.
 * - `vectors`: `[{file, cases}]` from tests/vectors/*.json.
 * - `bridgeLoadsAtOnce`: whether the host's entry loads the bridge module on first
 *   use (the Node entry, also Deno's and Bun's) rather than at `loadBridge()`
 *   (browsers, workers).
 */
export function checks({ kopru, sandboxUrl, closedUrl, vectors, bridgeLoadsAtOnce }) {
  const { Client, KopruError, Session } = kopru;
  const inProcess = (service, extra = {}) => ({
    service,
    sandbox: true,
    credentials: CREDENTIALS[service],
    ...extra,
  });
  const overHttp = (service, extra = {}) => ({
    service,
    base_url: `${sandboxUrl}/${service}`,
    credentials: CREDENTIALS[service],
    ...extra,
  });
  const admin = async (name, body) => {
    const response = await fetch(`${sandboxUrl}/_admin/${name}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    equal(response.status, 200, `admin ${name}`);
    return response.json();
  };
  const stats = (service) => admin('stats').then((all) => all[service]);
  const expectKopruError = (error, kind) => {
    ok(error instanceof KopruError, `expected a KopruError, got ${error?.stack ?? error}`);
    ok(error instanceof Error, 'KopruError is an Error');
    equal(error.name, 'KopruError');
    equal(error.kind, kind, `kind (${error.message})`);
    return error;
  };
  const noSecrets = (error, secrets) => {
    const views = [
      error.message,
      String(error),
      error.stack ?? '',
      JSON.stringify({ ...error, message: error.message }),
    ];
    for (const secret of secrets) {
      for (const view of views) {
        ok(!view.includes(secret), `a secret leaked into the error: ${view}`);
      }
    }
  };

  const list = [];
  const add = (name, run) => list.push({ name, run });

  // First, so that nothing has loaded the bridge module before it.
  add('bridge: Session.start of a sync.* operation loads the bridge module, or asks for loadBridge()', async () => {
    const startPlan = () => throws(() => new Session(inProcess('entegra')).start('sync.plan', {}, Date.now()));
    const before = startPlan();
    if (bridgeLoadsAtOnce) {
      // Loaded at the call: the bridge module itself checked the params.
      expectKopruError(before, 'validation');
    } else {
      expectKopruError(before, 'config');
      ok(before.message.includes('await loadBridge()'), `the error does not say what to do: ${before.message}`);
    }
    // Client.call loads the module itself; nothing is sent.
    const called = await new Client(inProcess('entegra')).call('sync.plan', {}).then(
      () => null,
      (error) => error,
    );
    expectKopruError(called, 'validation');
    equal(called.sent, false, 'a local operation sends nothing');
    const after = expectKopruError(startPlan(), 'validation');
    ok(
      after.errors.some((e) => e.path === 'products'),
      `sync.plan without products: ${JSON.stringify(after.errors)}`,
    );
    await kopru.loadBridge();
  });
  add('bridge: its errors are the session\'s, in the config\'s locale, and a start drops the call in flight', async () => {
    await kopru.loadBridge();
    const turkish = new Session({ ...inProcess('entegra'), locale: 'tr' });
    const error = expectKopruError(throws(() => turkish.start('sync.plan', {}, Date.now())), 'validation');
    ok(error.message.includes('zorunlu'), `not in Turkish: ${error.message}`);
    const unknown = expectKopruError(
      throws(() => turkish.start(`sync.${'x'.repeat(100_000)}`, {}, Date.now())),
      'config',
    );
    ok(unknown.message.length < 1000, `the whole name is echoed: ${unknown.message.length} characters`);
    const session = new Session(overHttp('erp'));
    ok(session.start('erp.inventory.list', { page: 1 }, Date.now()).send, 'the ERP call asked for no request');
    expectKopruError(throws(() => session.start('sync.plan', {}, Date.now())), 'validation');
    const late = throws(() => session.receive({ status: 200, headers: [], body: '{"success": true, "data": []}' }, Date.now()));
    expectKopruError(late, 'config');
  });

  for (const { op, params, check } of operations()) {
    const service = op.split('.')[0];
    add(`in-process sandbox: ${op}`, async () => {
      check(await new Client(inProcess(service)).call(op, params()));
    });
  }
  add('over HTTP: reset the loopback sandbox server', async () => {
    deepEqual(await admin('reset', {}), { reset: true });
  });
  for (const { op, params, check } of operations()) {
    const service = op.split('.')[0];
    add(`over HTTP: ${op}`, async () => {
      check(await new Client(overHttp(service)).call(op, params()));
    });
  }

  add('a config error is thrown by the constructor as kind config', () => {
    const error = throws(() => new Client({ service: 'nope', credentials: {} }));
    expectKopruError(error, 'config');
    equal(error.code, 7);
    ok(error.message.includes('nope'), error.message);
    expectKopruError(throws(() => new Session({ service: 'erp', credentials: CREDENTIALS.erp })), 'config');
  });

  add('validation: every problem at once, with its path, and nothing sent', async () => {
    const params = {
      list: [
        { barcode: 'no code, no name', quantity: -1 },
        { productCode: 'OK-1', productName: 'fine', barcode: '8690000000001', quantity: 1, price1: 'abc' },
      ],
    };
    const before = await stats('entegra');
    const error = expectKopruError(
      await rejects(new Client(overHttp('entegra')).call('entegra.products.create', params)),
      'validation',
    );
    equal(error.code, 1);
    deepEqual(
      error.errors.map((e) => e.path).sort(),
      ['list[0].productCode', 'list[0].productName', 'list[0].quantity', 'list[1].price1'],
      'every problem, each with its path',
    );
    ok(error.errors.every((e) => typeof e.message === 'string' && e.message.length > 0), 'every path has a message');
    deepEqual(await stats('entegra'), before, 'no request reached the server');
    equal(error.sent, false, 'the error says no request left');
    const sessionError = throws(() => new Session(inProcess('entegra')).start('entegra.products.create', params, Date.now()));
    expectKopruError(sessionError, 'validation');
    deepEqual(sessionError.errors, error.errors, 'the session reports the same problems');
  });

  add('auth: a wrong password is an auth error without the password in it', async () => {
    for (const service of ['entegra', 'tedbul', 'erp']) {
      const credentials = { ...CREDENTIALS[service], password: 'wrong-Pa55word-xyz' };
      const error = expectKopruError(
        await rejects(
          new Client(overHttp(service, { credentials, max_retries: 0 })).call(`${service}.${service === 'entegra' ? 'products' : service === 'erp' ? 'products' : 'ads'}.list`, { page: 1 }),
        ),
        'auth',
      );
      equal(error.code, 3);
      noSecrets(error, ['wrong-Pa55word-xyz', CREDENTIALS[service].secretkey ?? 'wrong-Pa55word-xyz']);
    }
    const inProcessError = await rejects(
      new Client(inProcess('entegra', { credentials: { email: 'demo@kopru.dev', password: 'nope-nope' } })).call(
        'entegra.products.list',
        { page: 1 },
      ),
    );
    expectKopruError(inProcessError, 'auth');
  });

  add('pages: erp.products.list is walked page by page', async () => {
    const client = new Client(overHttp('erp'));
    const whole = await client.call('erp.products.list', { page: 1, per_page: 100 });
    ok(whole.items.length >= 3, `enough seeded products for several pages (${whole.items.length})`);
    const before = await stats('erp');
    const items = [];
    for await (const item of client.pages('erp.products.list', { per_page: 2 })) items.push(item);
    const after = await stats('erp');
    deepEqual(
      items.map((i) => i.ItemCode),
      whole.items.map((i) => i.ItemCode),
      'the same items in the same order',
    );
    equal(after.requests - before.requests, Math.ceil(whole.items.length / 2), 'one request per page');
  });

  add('pages: concurrency fetches ERP pages several at once, each once, in order', async () => {
    const client = new Client(overHttp('erp'));
    const key = (row) => `${row.WarehouseCode}/${row.ItemCode}/${row.ColorCode}/${row.ItemDim1Code}`;
    const oneByOne = [];
    for await (const row of client.pages('erp.inventory.list', { per_page: 1 })) oneByOne.push(key(row));
    ok(oneByOne.length >= 3, `enough seeded rows for several pages (${oneByOne.length})`);
    await admin('faults', { latency_ms: 30 });
    const before = await stats('erp');
    const concurrent = [];
    try {
      for await (const row of client.pages('erp.inventory.list', { per_page: 1 }, { concurrency: 4 })) {
        concurrent.push(key(row));
      }
    } finally {
      await admin('faults', { latency_ms: 0 });
    }
    const after = await stats('erp');
    deepEqual(concurrent, oneByOne, 'the same rows in the same order');
    equal(after.requests - before.requests, oneByOne.length, 'one request per page');
    ok(after.max_in_flight >= 2, `pages overlapped (max_in_flight ${after.max_in_flight})`);
  });

  add('pages: each page received sends the next at once, never more than concurrency in flight', async () => {
    const client = new Client(overHttp('erp'));
    const rows = [];
    for await (const row of client.pages('erp.inventory.list', { per_page: 1 })) rows.push(row);
    ok(rows.length >= 8, `enough seeded rows for eight pages (${rows.length})`);
    const before = (await stats('erp')).requests;
    const walk = client.pages('erp.inventory.list', { per_page: 1 }, { concurrency: 4 });
    // Page 1 alone (it tells the range), then pages 2 to 5 at once; receiving page 2 sends
    // page 6 and receiving page 3 sends page 7, whether or not pages 4 and 5 are back (a
    // batch would wait for them and send nothing).
    for (let taken = 0; taken < 3; taken += 1) await walk.next();
    const expected = 1 + 4 + 2;
    const deadline = Date.now() + 20000;
    let sent = (await stats('erp')).requests - before;
    while (sent < expected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      sent = (await stats('erp')).requests - before;
    }
    equal(sent, expected, '4 pages in flight, none more');
    await walk.return();
  });

  add('pages: a failed page ends a concurrent walk once, after the pages before it', async () => {
    const client = new Client(overHttp('erp'));
    const all = [];
    for await (const row of client.pages('erp.inventory.list', { per_page: 1 })) all.push(row.ItemCode);
    const walk = client.pages('erp.inventory.list', { per_page: 1 }, { concurrency: 4 });
    const seen = [(await walk.next()).value.ItemCode];
    await admin('faults', { fail_next: 1, fail_status: 400 });
    let failure = null;
    try {
      for await (const row of walk) seen.push(row.ItemCode);
    } catch (error) {
      failure = error;
    }
    expectKopruError(failure, 'api');
    equal((await walk.next()).done, true, 'the walk ended');
    ok(seen.length < all.length, 'a page was missing');
    deepEqual(seen, all.slice(0, seen.length), 'a prefix, in order');
  });

  add('pages: a concurrency out of 1 to 16 is a config error', async () => {
    const client = new Client(inProcess('erp'));
    for (const concurrency of [0, 17, 2.5]) {
      let failure = null;
      try {
        await client.pages('erp.inventory.list', {}, { concurrency }).next();
      } catch (error) {
        failure = error;
      }
      expectKopruError(failure, 'config');
    }
  });

  add('pages: stopping early fetches no further page', async () => {
    const client = new Client(inProcess('erp'));
    const seen = [];
    for await (const item of client.pages('erp.products.list', { per_page: 1 })) {
      seen.push(item);
      if (seen.length === 2) break;
    }
    equal(seen.length, 2);
  });

  add('exportState: a resumed client does not log in again', async () => {
    const config = overHttp('entegra');
    const first = new Client(config);
    const before = await stats('entegra');
    await first.call('entegra.products.list', { page: 1 });
    const state = first.exportState();
    equal(state.service, 'entegra');
    ok(typeof state.access_token === 'string' && state.access_token.length > 0, 'state has the token');
    const middle = await stats('entegra');
    equal(middle.logins - before.logins, 1, 'the first client logged in once');
    const resumed = new Client(config, state);
    await resumed.call('entegra.products.list', { page: 1 });
    await resumed.call('entegra.orders.list', { page: 1 });
    const after = await stats('entegra');
    equal(after.logins, middle.logins, 'no second login');
    equal(after.requests - middle.requests, 2, 'two operation requests only');
    const step = new Session(config, state).start('entegra.products.list', { page: 1 }, Date.now());
    ok(step.send.url.includes('/product/page=1/'), `a resumed session sends the operation first: ${step.send.url}`);
    const auth = step.send.headers.find(([n]) => n.toLowerCase() === 'authorization');
    equal(auth?.[1], `JWT ${state.access_token}`);
  });

  add('exportState: a state of another account is not used', async () => {
    const first = new Client(overHttp('tedbul'));
    await first.call('tedbul.ads.list', { page: 1 });
    const state = { ...first.exportState(), account: 'somebody-else' };
    const before = await stats('tedbul');
    await new Client(overHttp('tedbul'), state).call('tedbul.ads.list', { page: 1 });
    equal((await stats('tedbul')).logins - before.logins, 1, 'logged in again');
  });

  add('secrets never appear in errors', async () => {
    const client = new Client(overHttp('tedbul'));
    await client.call('tedbul.ads.list', { page: 1 });
    const token = client.exportState().access_token;
    ok(token, 'a token to look for');
    const secrets = [CREDENTIALS.tedbul.password, CREDENTIALS.tedbul.secretkey, token];
    noSecrets(expectKopruError(await rejects(client.call('tedbul.ads.create', { description: 'x'.repeat(300) })), 'validation'), secrets);
    await admin('faults', { fail_next: 1, fail_status: 400 });
    noSecrets(expectKopruError(await rejects(client.call('tedbul.ads.list', { page: 1 })), 'api'), secrets);
    noSecrets(expectKopruError(await rejects(client.call('tedbul.nope.list', {})), 'config'), secrets);
    const offline = new Client(
      { ...overHttp('tedbul'), base_url: `${closedUrl}/tedbul`, max_retries: 0 },
      client.exportState(),
    );
    noSecrets(expectKopruError(await rejects(offline.call('tedbul.ads.list', { page: 1 })), 'transport'), secrets);
  });

  add('api error: a 4xx answer carries its status and body', async () => {
    await admin('faults', { fail_next: 1, fail_status: 409 });
    const error = expectKopruError(
      await rejects(new Client(overHttp('erp')).call('erp.products.list', { page: 1 })),
      'api',
    );
    equal(error.code, 2);
    equal(error.status, 409);
    equal(error.sent, true, 'the error says the request left');
    ok(error.body.includes('fault injected'), `the body is kept: ${error.body}`);
  });

  add('transport: a closed port is a transport error', async () => {
    const config = { ...overHttp('erp'), base_url: `${closedUrl}/erp`, max_retries: 1 };
    const error = expectKopruError(await rejects(new Client(config).call('erp.products.list', { page: 1 })), 'transport');
    equal(error.code, 5);
    equal(error.sent, true, 'handed to the transport: the server may have seen it');
    ok(error.message.includes('gave up after 1 retries'), `retried once, then gave up: ${error.message}`);
  });

  add('transport: timeout_ms aborts a slow request', async () => {
    await admin('faults', { latency_ms: 1500 });
    try {
      const started = Date.now();
      const config = overHttp('erp', { timeout_ms: 200, max_retries: 0 });
      const error = expectKopruError(await rejects(new Client(config).call('erp.inventory.list', { page: 1 })), 'transport');
      ok(Date.now() - started < 1400, `gave up after the timeout, not the latency (${Date.now() - started} ms)`);
      ok(/time/i.test(error.message), `the message says it timed out: ${error.message}`);
    } finally {
      await admin('faults', { latency_ms: 0 });
    }
  });

  add('retry: a 503 on a list is retried after after_ms', async () => {
    const client = new Client(overHttp('erp'));
    await client.call('erp.inventory.list', { page: 1 });
    const before = await stats('erp');
    await admin('faults', { fail_next: 1, fail_status: 503 });
    const result = await client.call('erp.inventory.list', { page: 1 });
    ok(Array.isArray(result.items), 'the retry succeeded');
    equal((await stats('erp')).requests - before.requests, 2, 'one failure, one retry');
  });

  add('retry: a dropped connection is retried', async () => {
    const client = new Client(overHttp('erp'));
    await admin('faults', { drop_next: 1 });
    const result = await client.call('erp.inventory.list', { page: 1 });
    ok(Array.isArray(result.items), 'the retry succeeded');
  });

  add('auth: an expired token is renewed once', async () => {
    const client = new Client(overHttp('tedbul'));
    await client.call('tedbul.ads.list', { page: 1 });
    const before = await stats('tedbul');
    await admin('faults', { expire_tokens: true });
    await client.call('tedbul.ads.list', { page: 1 });
    equal((await stats('tedbul')).logins - before.logins, 1, 'one new login');
  });

  add('calls on one client share one login', async () => {
    const client = new Client(overHttp('entegra'));
    const before = await stats('entegra');
    const results = await Promise.all([
      client.call('entegra.products.list', { page: 1 }),
      client.call('entegra.orders.list', { page: 1 }),
      client.call('entegra.products.list', { page: 1 }),
    ]);
    ok(results.every((r) => Array.isArray(r.items)), 'all three finished');
    equal((await stats('entegra')).logins - before.logins, 1, 'one login for all three');
  });

  add('Session: driven by hand over fetch', async () => {
    const session = new Session(overHttp('erp'));
    let step = session.start('erp.inventory.list', { page: 1 }, Date.now());
    let sent = 0;
    while (!('done' in step)) {
      const { method, url, headers, body } = step.send;
      const response = await fetch(url, { method, headers, body: body ?? undefined });
      sent += 1;
      step = session.receive(
        { status: response.status, headers: [...response.headers], body: await response.text() },
        Date.now(),
      );
    }
    equal(sent, 1, 'ERP uses Basic auth: no login request');
    ok(Array.isArray(step.done.items) && step.done.items.length > 0, 'inventory listed');
    const failed = new Session(overHttp('erp', { max_retries: 0 }));
    failed.start('erp.inventory.list', { page: 1 }, Date.now());
    expectKopruError(throws(() => failed.transportFailed('connect refused', false, Date.now())), 'transport');
  });

  add('money: floats and comma strings go out in the vendor format; results are decimal strings', async () => {
    const client = new Client(inProcess('tedbul'));
    await client.call('tedbul.ads.list', { page: 1 });
    const session = new Session(inProcess('tedbul'), client.exportState());
    const step = session.start(
      'tedbul.ads.update_many',
      { adsList: [{ id: 1, stock: 5, price: 10.5 }, { id: 2, stock: 5, price: '7,05' }] },
      Date.now(),
    );
    equal(step.send.method, 'PUT');
    const sent = JSON.parse(step.send.body);
    equal(sent.adsList[0].price, '10,50');
    equal(sent.adsList[1].price, '7,05');
    const products = await new Client(inProcess('entegra')).call('entegra.products.list', { page: 1 });
    ok(products.items.length > 0 && products.items.every((p) => isMoney(p.price1)), 'every price1 is a decimal string');
  });

  add('bytes in params are sent as base64', async () => {
    const client = new Client(inProcess('entegra'));
    await client.call('entegra.products.list', { page: 1 });
    const session = new Session(inProcess('entegra'), client.exportState());
    const picture = new Uint8Array([137, 80, 78, 71, 0, 255]);
    const step = session.start(
      'entegra.products.create',
      {
        list: [
          {
            productCode: 'P-1',
            productName: 'with pictures',
            product_pictures: [{ picture_byte: picture }, { picture_byte: picture.buffer }],
          },
        ],
      },
      Date.now(),
    );
    const sent = JSON.parse(step.send.body);
    deepEqual(sent.list[0].product_pictures, [{ picture_byte: 'iVBORwD/' }, { picture_byte: 'iVBORwD/' }]);
  });

  list.push(...vectorChecks(kopru, vectors));
  return list;
}
