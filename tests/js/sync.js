// The sync runner of the `kopru` npm package (`syncCatalogue`, `importOrders`),
// shared by the Node suite and the Chromium page: catalogue syncs and order
// imports between the loopback ERP and the loopback Entegra and Tedbul, runs
// stopped by a callback and resumed from the last saved state, and the errors a
// run raises. Every check resets the loopback sandbox server before and after,
// so the checks around it see the seeded data. Checks marked `browser` also run
// in headless Chromium (tests/js/browser/main.js).
import { deepEqual, equal, ok, rejects } from './assert.js';
import { CREDENTIALS } from './checks.js';

/** The warehouses of the generated inventory; the first two are synced. */
const WAREHOUSES = ['WH-IST', 'WH-ANK', 'WH-IZM'];
const COLOURS = [
  ['RED', 'Kırmızı'],
  ['BLUE', 'Lacivert'],
  ['BLK', 'Siyah'],
  ['WHT', 'Beyaz'],
];
const SIZES = ['S', 'M', 'L', 'XL'];
const TAX_RATES = [1, 10, 20];
/** Entegra takes at most this many items a bulk request. */
const ENTEGRA_BATCH = 50;

const pad = (n, width) => String(n).padStart(width, '0');

/** A deterministic source of small integers (mulberry32). */
function randomSource(seed) {
  let s = seed >>> 0;
  return (n) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

/**
 * A generated ERP catalogue of `count` products: a quarter without variants (a
 * product barcode), the rest with colour or colour × size variants; every 11th
 * blocked, every 9th without stock, stock spread over three warehouses (some of
 * it negative).
 */
export function generateCatalogue(count, seed) {
  const below = randomSource(seed);
  const products = [];
  const inventory = [];
  for (let i = 0; i < count; i += 1) {
    const code = `GEN-${pad(i, 4)}`;
    const price = `${10 + below(490)}.${pad(below(100), 2)}`;
    const [colours, sizes] = [
      [0, 0],
      [2, 0],
      [2, 3],
      [1, 2],
    ][i % 4];
    const variants = [];
    for (let c = 0; c < colours; c += 1) {
      const [colour, description] = COLOURS[(i + c) % COLOURS.length];
      for (const size of sizes === 0 ? [null] : SIZES.slice(0, sizes)) {
        variants.push({
          ColorCode: colour,
          ColorDescription: description,
          ItemDim1Code: size,
          Barcode: `869${pad(i, 5)}${pad(variants.length, 2)}`,
        });
      }
    }
    const product = {
      ItemTypeCode: 1,
      ItemDimTypeCode: sizes > 0 ? 2 : colours > 0 ? 1 : 0,
      ItemCode: code,
      ItemDescription: `Ürün ${i}`,
      SalePrice: price,
      PurchasePrice: '5.00',
      TaxRate: TAX_RATES[i % 3],
      IsBlocked: i % 11 === 5,
      Variants: variants,
    };
    if (variants.length === 0) product.Barcode = `869${pad(i, 5)}99`;
    const keys = variants.length === 0 ? [[null, null]] : variants.map((v) => [v.ColorCode, v.ItemDim1Code]);
    for (const [colour, size] of keys) {
      for (const warehouse of WAREHOUSES) {
        inventory.push({
          OfficeCode: 'IST-01',
          WarehouseCode: warehouse,
          ItemTypeCode: 1,
          ItemCode: code,
          ColorCode: colour,
          ItemDim1Code: size,
          InventoryQty1: i % 9 === 0 ? 0 : below(12) - 1,
        });
      }
    }
    products.push(product);
  }
  return { products, inventory };
}

/** Sets the stock of every record of `itemCode` in the first warehouse. */
function setStock(catalogue, itemCode, quantity) {
  for (const record of catalogue.inventory) {
    if (record.ItemCode === itemCode && record.WarehouseCode === WAREHOUSES[0]) record.InventoryQty1 = quantity;
  }
}

/** The sync options for the generated catalogue. */
const generatedOptions = (extra = {}) => ({ warehouses: [WAREHOUSES[0], WAREHOUSES[1]], expiration: '2027-06-30', ...extra });

/** Money as a number string with two decimals, whichever separator it came with. */
const money = (value) => (value === null || value === undefined ? null : Number(String(value).replace(',', '.')).toFixed(2));

/** Every item of a paginated list. */
async function listAll(client, op, params) {
  const items = [];
  for await (const item of client.pages(op, params)) items.push(item);
  return items;
}

/** The marketplace's listing, keyed and reduced to what a sync sets; fails on a key listed twice. */
async function listing(client) {
  const out = {};
  const put = (key, value) => {
    ok(!(key in out), `${key} is listed twice (created twice?)`);
    out[key] = value;
  };
  if (client.service === 'entegra') {
    for (const p of await listAll(client, 'entegra.products.list', {})) {
      const variations = {};
      for (const v of p.variations ?? []) variations[v.productCode] = v.quantity;
      put(p.productCode, [p.quantity, money(p.price1), p.status, variations]);
    }
  } else {
    for (const ad of await listAll(client, 'tedbul.ads.list', { show: 100 })) {
      put(JSON.stringify(ad.barcodes), [ad.stock, money(ad.price), ad.status]);
    }
  }
  return out;
}

/**
 * Every check as `{name, run, browser}`: `browser` ones run in Chromium too.
 *
 * - `kopru`: the package's exports.
 * - `sandboxUrl`: the loopback sandbox server (`KOPRU_SANDBOX_URL`).
 * - `operations`: tests/operations.json (the example order is the template of the orders placed).
 */
export function syncChecks({ kopru, sandboxUrl, operations }) {
  const { Client, KopruError, importOrders, syncCatalogue } = kopru;
  const admin = async (name, body) => {
    const response = await fetch(`${sandboxUrl}/_admin/${name}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    equal(response.status, 200, `admin ${name}`);
    return response.json();
  };
  const reset = () => admin('reset', {});
  const stats = () => admin('stats');
  /** Requests to `service` since `before` (a stats snapshot): in all, and to paths ending with `suffix`. */
  const sentSince = async (before, service, suffix = null) => {
    const after = (await stats())[service];
    const count = (all) =>
      suffix === null
        ? (all?.requests ?? 0)
        : Object.entries(all?.paths ?? {})
            .filter(([path]) => path.endsWith(suffix))
            .reduce((sum, [, c]) => sum + c.requests, 0);
    return count(after) - count(before[service]);
  };
  const client = (service, extra = {}) =>
    new Client({ service, base_url: `${sandboxUrl}/${service}`, credentials: CREDENTIALS[service], ...extra });

  const list = [];
  const add = (name, run, browser = false) =>
    list.push({
      name: `sync: ${name}`,
      browser,
      async run() {
        await reset();
        try {
          await run();
        } finally {
          await reset();
        }
      },
    });

  // 1. The loopback ERP to the loopback marketplaces: the listing equals the mapping.
  add(
    'a catalogue sync from the ERP makes the listing equal the mapping, a second sends nothing',
    async () => {
      const erp = client('erp');
      const products = await listAll(erp, 'erp.products.list', { per_page: 100 });
      const inventory = await listAll(erp, 'erp.inventory.list', { per_page: 100 });
      ok(products.length > 0 && inventory.length > 0, 'the seeded ERP has products and stock');
      for (const service of ['entegra', 'tedbul']) {
        const marketplace = client(service);
        const options = service === 'tedbul' ? { expiration: '2027-06-30' } : {};
        const saved = [];
        const events = [];
        const report = await syncCatalogue({
          marketplace,
          erp,
          options,
          onSave: (state) => saved.push(state),
          onProgress: (event) => events.push(event),
        });
        equal(report.job, 'catalogue');
        equal(report.marketplace, service);
        equal(report.listing_read, true, `${service}: a first sync reads the listing`);
        deepEqual(report.errors, [], `${service}: no errors`);
        ok(report.requests_sent > 0, `${service}: requests were sent: ${JSON.stringify(report)}`);
        equal(report.requests_sent, report.requests_planned, `${service}: everything planned was sent`);
        ok(saved.length > 0, `${service}: the state was saved`);
        deepEqual(saved.at(-1), report.state, `${service}: the last state saved is the report's`);
        equal(report.state.marketplace, service);
        const kinds = events.map((e) => e.event);
        deepEqual(
          [...new Set(kinds)],
          ['read', 'planned', 'batch'],
          `${service}: the progress events, in order: ${kinds.join()}`,
        );
        equal(kinds.filter((k) => k === 'batch').length, report.requests_sent, `${service}: one batch event a request`);
        const batch = events.find((e) => e.event === 'batch');
        equal(batch.index, 1);
        equal(batch.total, report.requests_planned);

        const listed = await listing(marketplace);
        if (service === 'entegra') {
          const mapped = await erp.call('map.entegra.products', { products, inventory, options });
          ok(mapped.list.length > 0, 'the mapping has products');
          for (const product of mapped.list) {
            const variations = {};
            for (const v of product.variations ?? []) variations[v.productCode] = v.quantity;
            deepEqual(
              listed[product.productCode],
              [product.quantity, money(product.price1), product.status, variations],
              `the listed ${product.productCode} equals the mapping`,
            );
          }
        } else {
          const ads = await listAll(marketplace, 'tedbul.ads.list', { show: 100 });
          const mapped = await erp.call('map.tedbul.ads', { products, inventory, options, listing: ads });
          deepEqual(mapped.create, [], 'the mapping of the listing creates nothing more');
          ok(mapped.update.length > 0, 'the synced ads are in the listing');
          const byId = new Map(ads.map((ad) => [String(ad.adsId), ad]));
          for (const item of [...mapped.update, ...mapped.deactivate]) {
            const ad = byId.get(String(item.id));
            ok(ad, `ad ${item.id} is listed`);
            deepEqual(
              [ad.stock, money(ad.price), ad.status, ad.expiration],
              [item.stock ?? ad.stock, money(item.price ?? ad.price), item.status ?? ad.status, item.expiration ?? ad.expiration],
              `the listed ad ${item.id} equals the mapping`,
            );
          }
        }

        const before = await stats();
        const again = await syncCatalogue({ marketplace: client(service), erp, options, state: saved.at(-1) });
        equal(again.requests_sent, 0, `${service}: the second sync sends nothing: ${JSON.stringify(again)}`);
        equal(again.listing_read, false, `${service}: and reads no listing`);
        equal(await sentSince(before, service), 0, `${service}: no request reached the marketplace`);
      }
    },
    true,
  );

  // 2. A generated catalogue as the snapshot: changed stock goes out in full batches.
  add('changed stock goes out as ⌈changed items / 50⌉ update_quantity requests', async () => {
    const catalogue = generateCatalogue(140, 11);
    const options = generatedOptions();
    const entegra = client('entegra');
    const first = await syncCatalogue({ marketplace: entegra, options, snapshot: catalogue });
    deepEqual(first.errors, [], `the first sync: ${JSON.stringify(first.errors)}`);
    const before = await entegra.call('map.entegra.products', { ...catalogue, options });
    // 70 products that are not blocked get a new stock in the first warehouse.
    const changed = catalogue.products
      .filter((p, i) => i % 2 === 1 && !p.IsBlocked)
      .slice(0, 70)
      .map((p) => p.ItemCode);
    changed.forEach((code, i) => setStock(catalogue, code, 500 + i));
    // The ERP counts stock in decimals: one product gets a fraction, sent rounded down with a warning.
    setStock(catalogue, changed[0], '500.75');
    const after = await entegra.call('map.entegra.products', { ...catalogue, options });
    // The items whose quantity changed: products and variations, by productCode.
    const quantities = (mapped) => {
      const out = new Map();
      for (const p of mapped.list) {
        out.set(p.productCode, p.quantity);
        for (const v of p.variations ?? []) out.set(v.productCode, v.quantity);
      }
      return out;
    };
    const old = quantities(before);
    const changedItems = [...quantities(after)].filter(([code, quantity]) => old.get(code) !== quantity).length;
    ok(changedItems >= changed.length, `each changed product at least (and its variations): ${changedItems}`);

    const stamp = await stats();
    const report = await syncCatalogue({ marketplace: entegra, options, snapshot: catalogue, state: first.state });
    const expected = Math.ceil(changedItems / ENTEGRA_BATCH);
    deepEqual(
      report.sent,
      { 'entegra.products.update_quantity': { requests: expected, items: changedItems } },
      'only quantities, in full batches',
    );
    equal(report.requests_sent, expected);
    equal(report.listing_read, false);
    // The generated ERP has some negative stock: sent as 0, each with a warning.
    const rounded = (warnings) => warnings.filter((w) => w.rule === 'rounded_down');
    for (const warning of first.warnings) {
      ok(warning.rule === 'negative_as_zero' && warning.sent === 0 && warning.erp.startsWith('-'), JSON.stringify(warning));
    }
    deepEqual(rounded(first.warnings), [], 'whole stock: nothing rounded');
    ok(rounded(report.warnings).length > 0, 'the fractional stock is warned about');
    for (const warning of rounded(report.warnings)) {
      equal(warning.item, changed[0]);
      ok(warning.erp.endsWith('.75') && warning.erp.slice(0, -3) === String(warning.sent), JSON.stringify(warning));
    }
    equal(await sentSince(stamp, 'entegra', '/product/quantity/'), expected, 'update_quantity requests at the server');
    equal(await sentSince(stamp, 'entegra'), expected, 'and nothing else');
  });

  // 3. Runs stopped by a callback, resumed from the last saved state.
  for (const service of ['entegra', 'tedbul']) {
    add(`${service}: a run stopped after the k-th batch and resumed ends like an uninterrupted one`, async () => {
      const catalogue = generateCatalogue(24, 3);
      const options = generatedOptions(service === 'entegra' ? { batch_size: 5 } : {});
      const creates = (all) =>
        Object.entries(all[service]?.paths ?? {})
          .filter(([path]) => path.startsWith('POST ') && /\/product\/$|createAds$/.test(path))
          .reduce((sum, [, c]) => sum + c.requests, 0);

      const reference = await syncCatalogue({ marketplace: client(service), options, snapshot: catalogue });
      deepEqual(reference.errors, []);
      const expected = await listing(client(service));
      const referenceCreates = creates(await stats());
      const batches = reference.requests_sent;
      ok(batches >= 4, `${service}: several batches to stop between (${batches})`);

      class Stop extends Error {}
      // How a run is stopped: by onProgress after the k-th batch event (its state
      // saved), or by onSave refusing the state of the k-th batch (the request was
      // answered but the state that records it is lost).
      const ways = [
        ['onProgress throws after batch', (k) => ({ progressAt: k })],
        ['onSave fails after batch', (k) => ({ saveAt: k })],
      ];
      const points = [...new Set([1, 2, Math.ceil(batches / 2), batches - 1, batches])];
      for (const [way, stopAt] of ways) {
        for (const k of points) {
          await reset();
          const label = `${service}, ${way} ${k} of ${batches}`;
          const { progressAt, saveAt } = stopAt(k);
          let stored = null;
          let seen = 0;
          let saves = 0;
          const marketplace = client(service);
          const stop = new Stop(label);
          const thrown = await rejects(
            syncCatalogue({
              marketplace,
              options,
              snapshot: catalogue,
              onSave(state) {
                // The first save is the plan; the save after batch n is number n + 1.
                saves += 1;
                if (saveAt !== undefined && saves === saveAt + 1) throw stop;
                stored = state;
              },
              onProgress(event) {
                if (event.event === 'batch' && ++seen === progressAt) throw stop;
              },
            }),
            `${label}: the run stops`,
          );
          equal(thrown, stop, `${label}: the callback's exception comes out unchanged`);
          ok(stored !== null, `${label}: a state was saved`);
          const resumed = await syncCatalogue({ marketplace: client(service), options, snapshot: catalogue, state: stored });
          deepEqual(resumed.errors, [], `${label}: the resumed run`);
          deepEqual(await listing(client(service)), expected, `${label}: the same listing`);
          const all = await stats();
          ok(creates(all) <= referenceCreates, `${label}: nothing was created twice (${creates(all)} creates)`);
          const before = all;
          const again = await syncCatalogue({ marketplace: client(service), options, snapshot: catalogue, state: resumed.state });
          equal(again.requests_sent, 0, `${label}: a further run sends nothing: ${JSON.stringify(again)}`);
          equal(await sentSince(before, service), 0, `${label}: no request reached the marketplace`);
        }
      }
    });
  }

  // 4. Orders: each resolvable one delivered once and acknowledged, the unknown one reported.
  add(
    'orders are imported once, acknowledged, the unresolvable one reported; a second run imports nothing',
    async () => {
      const template = operations.find((o) => o.name === 'entegra.orders.create')?.example?.list?.[0];
      ok(template, 'tests/operations.json has the example order of entegra.orders.create');
      const line = (code, quantity) => ({ ...template.order_details[0], product_code: code, quantity });
      const order = (id, lines) => ({ ...template, order_id: id, order_details: lines });
      const entegra = client('entegra');
      const erp = client('erp');
      await entegra.call('entegra.orders.create', {
        list: [
          order('JS-K-1', [line('SHIRT-001-RED-M', 2)]),
          order('JS-K-2', [line('SHIRT-001-RED-L', 1), line('SCARF-001-RED', 1)]),
          order('JS-K-3', [line('NOT-IN-ERP', 1)]),
        ],
      });
      const unacknowledged = async () =>
        (await listAll(entegra, 'entegra.orders.list', { sync: 0 })).map((o) => o.order_number ?? o.id);
      const waiting = await unacknowledged();
      ok(['JS-K-1', 'JS-K-2', 'JS-K-3'].every((id) => waiting.includes(id)), `the orders wait: ${waiting}`);
      const options = { CustomerCode: '120.01.001', OfficeCode: 'IST-01', WarehouseCode: 'WH-IST-M01-MAIN' };

      // An importer that fails stops the run with its own exception; the next run retries.
      const down = new Error('the ERP database is down');
      let saved = null;
      const refused = await rejects(
        importOrders({
          marketplace: entegra,
          erp,
          options,
          onSave: (state) => {
            saved = state;
          },
          importer: () => {
            throw down;
          },
        }),
      );
      equal(refused, down, "the importer's exception comes out unchanged");

      const delivered = [];
      const events = [];
      const report = await importOrders({
        marketplace: entegra,
        erp,
        options,
        state: saved,
        onSave: (state) => {
          saved = state;
        },
        onProgress: (event) => events.push(event.event),
        importer: async (document, { order: id, retry }) => {
          delivered.push({ number: document.OrderNumber, id, retry, lines: document.Lines.map((l) => l.ItemCode) });
        },
      });
      equal(report.job, 'orders');
      equal(report.marketplace, 'entegra');
      deepEqual(
        delivered.map((d) => [d.number, d.retry, d.lines]),
        [
          ['JS-K-1', true, ['SHIRT-001']],
          ['JS-K-2', false, ['SHIRT-001', 'SCARF-001']],
        ],
        'each resolvable order delivered once (the one the failed importer had, as a retry)',
      );
      deepEqual(
        report.documents.map((d) => d.OrderNumber),
        ['JS-K-1', 'JS-K-2'],
      );
      ok(report.documents.every((d) => typeof d.Lines[0].NetAmount === 'string'), 'money in documents is a decimal string');
      deepEqual(report.imported, delivered.map((d) => d.id));
      deepEqual(report.acknowledged, report.imported, 'the imported orders were acknowledged');
      const unresolved = report.unresolved.map((u) => u.order);
      ok(unresolved.length > 0, 'the unknown code is reported');
      const unknownId = report.unresolved.find((u) => /NOT-IN-ERP/.test(u.reason))?.order;
      ok(unknownId, `the unknown code is in unresolved: ${JSON.stringify(report.unresolved)}`);
      ok(!report.imported.includes(unknownId), 'and not imported');
      deepEqual(saved, report.state, 'the last state saved is the report’s');
      deepEqual(report.state.orders, {}, 'nothing is left in flight');
      ok(events.includes('mapped') && events.includes('imported') && events.includes('acknowledged'), events.join());
      const left = await unacknowledged();
      ok(!left.includes('JS-K-1') && !left.includes('JS-K-2'), `the imported orders are acknowledged: ${left}`);
      ok(left.includes('JS-K-3'), 'the unresolvable one is not');

      const again = await importOrders({
        marketplace: entegra,
        erp,
        options,
        state: saved,
        importer: () => {
          throw new Error('nothing should be imported again');
        },
      });
      deepEqual(again.imported, [], 'the second run imports nothing');
      deepEqual(again.acknowledged, []);
      deepEqual(again.unresolved, report.unresolved, 'the unresolvable order stays reported');
    },
    true,
  );

  // Errors: what a run raises.
  add('a call that stops the run raises its KopruError; wrong clients and params are refused', async () => {
    const catalogue = generateCatalogue(4, 1);
    const locked = client('entegra', { credentials: { email: 'demo@kopru.dev', password: 'wrong' } });
    const error = await rejects(syncCatalogue({ marketplace: locked, snapshot: catalogue }));
    ok(error instanceof KopruError, `a KopruError: ${error?.stack ?? error}`);
    equal(error.kind, 'auth', error.message);
    ok(error.status === 401 || error.status === 403 || error.status === null, `status ${error.status}`);

    const config = async (promise, text) => {
      const refused = await rejects(promise);
      ok(refused instanceof KopruError, `a KopruError: ${refused?.stack ?? refused}`);
      equal(refused.kind, 'config', refused.message);
      if (text) ok(refused.message.includes(text), refused.message);
    };
    await config(syncCatalogue({ marketplace: client('erp'), snapshot: catalogue }), 'erp');
    await config(syncCatalogue({ marketplace: { service: 'entegra' }, snapshot: catalogue }), 'Client');
    await config(syncCatalogue({ marketplace: client('entegra'), erp: client('tedbul') }), 'tedbul');
    await config(syncCatalogue({ marketplace: client('entegra') }), 'erp');
    await config(importOrders({ marketplace: client('entegra'), erp: client('erp'), options: {} }), 'importer');

    const invalid = await rejects(
      syncCatalogue({ marketplace: client('entegra'), snapshot: { products: 3 }, options: { batch_size: 'many' } }),
    );
    equal(invalid.kind, 'validation', invalid.message);
    const paths = invalid.errors.map((e) => e.path);
    ok(paths.includes('snapshot.products'), paths.join());
    const orders = await rejects(importOrders({ marketplace: client('tedbul'), erp: client('erp'), importer() {}, options: {} }));
    equal(orders.kind, 'validation');
    ok(orders.errors.some((e) => e.path === 'options.CustomerCode'), JSON.stringify(orders.errors));
  });

  // The guard against mass changes: a wrong price field and a missing warehouse are stopped with nothing sent.
  add('the guard stops a wrong price field and a missing warehouse with nothing sent; accept_plan lets one plan through', async () => {
    const catalogue = generateCatalogue(60, 5);
    const options = generatedOptions();
    const entegra = client('entegra');
    const first = await syncCatalogue({ marketplace: entegra, options, snapshot: catalogue });
    deepEqual(first.errors, [], `the first sync: ${JSON.stringify(first.errors)}`);
    const stopped = async (runOptions, what) => {
      const stamp = await stats();
      const saves = [];
      const error = await rejects(
        syncCatalogue({ marketplace: entegra, options: runOptions, snapshot: catalogue, state: first.state, onSave: (s) => saves.push(s) }),
      );
      ok(error instanceof KopruError, `${what}: a KopruError: ${error?.stack ?? error}`);
      equal(error.kind, 'guarded', `${what}: ${error.message}`);
      equal(error.code, 8);
      ok(/^[0-9a-f]{16}$/.test(error.planId), `${what}: plan id ${error.planId}`);
      ok(error.message.includes(error.planId), error.message);
      equal(saves.length, 0, `${what}: nothing saved`);
      equal(await sentSince(stamp, 'entegra'), 0, `${what}: no request reached the marketplace`);
      return error;
    };
    const wrongPrice = { ...options, price_field: 'PurchasePrice' };
    const price = await stopped(wrongPrice, 'a wrong price field');
    equal(price.limits[0].limit, 'prices');
    ok(price.message.includes(`would move the price of ${price.limits[0].count} items by more than 25 %`), price.message);
    equal(price.items[0].field, 'price');
    const stock = await stopped({ ...options, warehouses: ['WH-GONE'] }, 'a missing warehouse');
    equal(stock.limits[0].limit, 'passive');
    const stale = await stopped({ ...options, warehouses: ['WH-GONE'], accept_plan: price.planId }, 'a stale accept_plan');
    ok(stale.planId !== price.planId, 'another plan, another id');
    const accepted = await syncCatalogue({
      marketplace: entegra,
      options: { ...wrongPrice, accept_plan: price.planId },
      snapshot: catalogue,
      state: first.state,
    });
    deepEqual(accepted.errors, []);
    ok(accepted.requests_sent > 0, 'the accepted plan went out');
  });
  // 6. The dry run of the demo's second sync: nothing written, exactly what the real run then sends.
  add(
    'a dry run (dryRun) lists the demo\'s second sync and sends nothing; the real run sends that',
    async () => {
      const erp = client('erp');
      const entegra = client('entegra');
      const first = await syncCatalogue({ marketplace: entegra, erp });
      await erp.call('sandbox.erp.update', {
        inventory: [
          { WarehouseCode: 'WH-IST-M01-MAIN', ItemCode: 'SHIRT-001', ColorCode: 'RED', ItemDim1Code: 'L', InventoryQty1: 40 },
        ],
        products: [{ ItemCode: 'SCARF-001', SalePrice: '34.90' }],
      });
      const writes = async () =>
        Object.entries((await stats()).entegra?.paths ?? {})
          .filter(([path]) => !path.startsWith('GET ') && !path.includes('token'))
          .reduce((sum, [, c]) => sum + c.requests, 0);
      const written = await writes();
      const saves = [];
      const preview = await syncCatalogue({ marketplace: entegra, erp, state: first.state, dryRun: true, onSave: (s) => saves.push(s) });
      equal(await writes(), written, 'a dry run wrote nothing to Entegra');
      equal(saves.length, 0, 'a dry run saves nothing');
      equal(preview.dry_run, true);
      equal(preview.requests_sent, 0);
      deepEqual(
        preview.changes.map((c) => [c.key, c.field, c.now, c.after]),
        [
          ['SCARF-001', 'price1', '29.90', '34.90'],
          ['SHIRT-001', 'quantity', 150, 158],
          ['SHIRT-001-RED-L', 'quantity', 47, 55],
        ],
        `the demo's second sync, largest first: ${JSON.stringify(preview.changes)}`,
      );
      const real = await syncCatalogue({ marketplace: entegra, erp, state: first.state });
      deepEqual(preview.planned, real.sent, 'the real run sends what the dry run planned');
      for (const change of preview.changes) {
        const field = change.field === 'price1' ? 'price' : change.field;
        equal(Number(real.state.items[change.key][field]), Number(change.after), `${change.key} ${field} after`);
      }
    },
    true,
  );

  return list;
}
