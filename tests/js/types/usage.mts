// Type-checked (never run) by the node suite with `tsc --strict`: the package's
// declarations (kopru.d.ts, found through the `types` condition of its exports
// map) must accept every documented use and refuse the wrong ones marked below.
import { Client, KopruError, Session, codes, importOrders, loadBridge, syncCatalogue } from 'kopru';
import type {
  CatalogueReport,
  Config,
  ErpSalesOrder,
  EntegraProductsListItem,
  ErrorKind,
  FieldError,
  HttpResponse,
  OperationName,
  Operations,
  Page,
  SessionState,
  Step,
  SyncProgressEvent,
  SyncState,
  TedbulAdsCreateParams,
} from 'kopru';

const config: Config = {
  service: 'entegra',
  credentials: { email: 'demo@kopru.dev', password: 'demo-password' },
  timeout_ms: 10_000,
  max_retries: 2,
  paths: { 'entegra.products.list': '/product/page={page}/' },
  state_file: '.kopru-state.json',
  sandbox: true,
  quota: { per_day: 20_000, per_hour: null },
  page_size: 100,
};

export async function uses(): Promise<void> {
  const client = new Client(config);
  const page = await client.call<Page<{ productCode: string; price1: string }>>('entegra.products.list', { page: 1 });
  const code: string = page.items[0].productCode;
  const next: number | null = page.next_page;
  for await (const item of client.pages<{ id: string }>('entegra.orders.list', { status: 1 })) {
    const id: string = item.id;
    void id;
  }
  const state: SessionState = client.exportState();
  const resumed = new Client(config, state);
  await resumed.call('entegra.products.create', { list: [{ productCode: 'A', productName: 'B', price1: 12.9, picture: new Uint8Array(2) }] });

  const session = new Session({ service: 'erp', base_url: 'http://127.0.0.1:1/erp', credentials: { username: 'u', password: 'p' } });
  let step: Step = session.start('erp.products.list', { per_page: 10 }, Date.now());
  if (step.send) {
    const response: HttpResponse = { status: 200, headers: [['Content-Type', 'application/json']], body: '{}' };
    step = session.receive(response, Date.now());
    step = session.transportFailed('connect refused', false, Date.now());
    const waited: number | undefined = step.after_ms;
    void waited;
  }
  if ('done' in step) void step.done;

  try {
    await client.call('entegra.products.list');
  } catch (error) {
    if (error instanceof KopruError) {
      const kind: ErrorKind = error.kind;
      const problems: FieldError[] = error.errors;
      const retry: number | null = error.retryAfterMs;
      const status: number | null = error.status;
      const vendor: string | null = error.vendorCode;
      const message: string = error.message;
      const isError: Error = error;
      void [kind, problems, retry, status, vendor, message, isError];
    }
  }
  void [code, next];
}

// The generated per-operation types: literal operation names are typed end to end.
export async function typed(name: string, known: OperationName): Promise<void> {
  const client = new Client(config);
  const page = await client.call('entegra.products.list', { page: 1 });
  const first: EntegraProductsListItem = page.items[0];
  const sku: string = first.productCode;
  const total: number | null = page.total;
  for await (const order of client.pages('entegra.orders.list', { sync: 0, start_date: '2026-01-01' })) {
    void order;
  }
  const ad: TedbulAdsCreateParams = {
    productBarcode: '8690000000201',
    productName: 'Mug',
    stock: 10,
    price: '12,50',
    status: codes.TedbulAdStatus.AKTIF,
  };
  const created: Operations['tedbul.ads.create']['result'] = await new Client({ service: 'tedbul' }).call('tedbul.ads.create', ad);
  const anything = await client.call(name, { whatever: true });
  await client.call(known);
  const label: string = codes.EntegraOrderStatusLabels[codes.EntegraOrderStatus.KARGOLANDI];
  const status: codes.EntegraOrderStatus = 3;
  void [sku, total, created, anything, label, status];
}

export function refusals(): void {
  // @ts-expect-error an unknown service
  new Client({ service: 'amazon' });
  // @ts-expect-error a misspelt setting (kopru-core refuses unknown keys too)
  new Client({ service: 'erp', timeout: 5 });
  // @ts-expect-error the config is required
  new Session();
  const session = new Session(config);
  // @ts-expect-error now is a number of milliseconds
  session.start('entegra.products.list', {}, new Date());
  // @ts-expect-error exportState returns an object, not text
  const text: string = session.exportState();
  // @ts-expect-error not an error kind
  const kind: ErrorKind = 'network';
  void [text, kind];
}

export async function typedRefusals(): Promise<void> {
  const client = new Client(config);
  // @ts-expect-error a misspelt parameter of a known operation
  await client.call('tedbul.ads.list', { shw: 5 });
  // @ts-expect-error a required parameter (productName) is missing
  await client.call('tedbul.ads.create', { productBarcode: '1', stock: 3, price: '1,00' });
  // @ts-expect-error the parameters of an operation that requires some cannot be left out
  await client.call('tedbul.ads.create');
  // @ts-expect-error not a paginated operation
  client.pages('tedbul.ads.create', { productBarcode: '1', productName: 'x', stock: 3, price: '1,00' });
  // @ts-expect-error money in a result is a decimal string, not a number
  const price: number = (await client.call('tedbul.ads.get', { id: 1 })).price;
  // @ts-expect-error not a code of the table
  const status: codes.EntegraOrderStatus = 14;
  // @ts-expect-error the code tables are read-only
  codes.EntegraOrderStatus.YENI_SIPARIS = 2;
  void [price, status];
}

// The bridge module: awaited before Session.start of a map.* or sync.* operation in a browser.
export async function planByHand(session: Session): Promise<Step> {
  const loaded: void = await loadBridge();
  void loaded;
  // @ts-expect-error loadBridge takes no arguments
  await loadBridge('sync');
  return session.start('sync.plan', { marketplace: 'entegra', products: [], inventory: [] }, Date.now());
}

// The sync runner: typed options, callbacks, progress events and reports.
export async function sync(saved: SyncState | null): Promise<void> {
  const erp = new Client({ service: 'erp', base_url: 'http://127.0.0.1:1/erp', credentials: { username: 'u', password: 'p' } });
  const entegra = new Client(config);
  const service: 'entegra' | 'erp' | 'tedbul' = entegra.service;
  let state: SyncState | null = saved;
  const report: CatalogueReport = await syncCatalogue({
    marketplace: entegra,
    erp,
    state,
    options: { warehouses: ['WH-IST'], batch_size: 50 },
    onSave: async (next) => {
      state = next;
    },
    onProgress: (event: SyncProgressEvent) => {
      if (event.event === 'batch') {
        const sent: number = event.index;
        const failed: string | undefined = event.error?.message;
        void [sent, failed];
      }
    },
  });
  const requests: number = report.sent['entegra.products.update_quantity']?.requests ?? 0;
  const marketplace: 'entegra' | 'tedbul' = report.marketplace;
  await syncCatalogue({
    marketplace: entegra,
    snapshot: { products: [{ ItemCode: 'A', SalePrice: '12.90', Variants: [] }], inventory: [{ ItemCode: 'A', InventoryQty1: 3 }] },
    state: report.state,
  });
  const orders = await importOrders({
    marketplace: new Client({ service: 'tedbul' }),
    erp,
    options: { CustomerCode: '120.01.001', OfficeCode: 'IST-01', WarehouseCode: 'WH-IST' },
    importer: async (document: ErpSalesOrder, { order, retry }) => {
      const number: string = document.OrderNumber;
      const net: string = document.Lines[0].NetAmount;
      void [number, net, order, retry];
    },
  });
  const imported: string[] = orders.imported;
  const unresolved: string[] = orders.unresolved.map((u) => u.reason);
  void [service, requests, marketplace, imported, unresolved];
}

export async function syncRefusals(): Promise<void> {
  const entegra = new Client(config);
  // @ts-expect-error the marketplace is a Client, not a config
  await syncCatalogue({ marketplace: config });
  // @ts-expect-error importOrders needs an importer
  await importOrders({ marketplace: entegra, options: { CustomerCode: 'C', OfficeCode: 'O', WarehouseCode: 'W' } });
  // @ts-expect-error the orders options need CustomerCode
  await importOrders({ marketplace: entegra, importer: () => {}, options: { OfficeCode: 'O', WarehouseCode: 'W' } });
  // @ts-expect-error a misspelt sync option
  await syncCatalogue({ marketplace: entegra, options: { batchsize: 10 } });
  const report = await syncCatalogue({ marketplace: entegra });
  // @ts-expect-error a catalogue report has no documents
  void report.documents;
  // @ts-expect-error the service of a client is read-only
  entegra.service = 'tedbul';
}
