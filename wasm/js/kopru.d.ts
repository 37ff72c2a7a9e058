// TypeScript declarations of the `kopru` package.

/** Any value JSON can carry. Money in results is a decimal string with a dot (`"12.90"`). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Parameters of an operation: the vendor's own field names. Money may be a number,
 * `"12.90"` or `"12,90"`; raw bytes (`Uint8Array`, `ArrayBuffer`) are sent as base64.
 */
export type Params = { [key: string]: unknown };

/** The `params` argument of a typed call: optional unless the operation has a required parameter. */
export type ParamsArg<P> = {} extends P ? [params?: P] : [params: P];

/** Options of `Client.pages`. */
export interface PagesOptions {
  /**
   * Pages in flight at once, 1 to 16 (default 1; out of range is a `config` error): the
   * ERP's lists, once the first page tells how many pages there are; other services'
   * lists go one page at a time. Items still come in order.
   */
  concurrency?: number;
}

/** The `params` argument of `Session.start`: `undefined` is allowed unless a parameter is required. */
export type StartParams<P> = {} extends P ? P | undefined : P;

/** The three services kopru speaks to. */
export type Service = 'entegra' | 'erp' | 'tedbul';

/** Entegra login. */
export interface EntegraCredentials {
  email: string;
  password: string;
}

/** ERP (Basic auth) login. */
export interface ErpCredentials {
  username: string;
  password: string;
}

/** Tedbul login. */
export interface TedbulCredentials {
  username: string;
  password: string;
  secretkey: string;
}

/** The client and session configuration (the same keys in every kopru binding). */
export interface Config {
  /** Which service this client talks to. */
  service: Service;
  /** The service's base URL; Entegra and Tedbul have defaults, the ERP has none. */
  base_url?: string;
  /** The login for the service. */
  credentials?: EntegraCredentials | ErpCredentials | TedbulCredentials;
  /** How long one request may take, in milliseconds. */
  timeout_ms?: number;
  /** How often a failed request that is safe to repeat is retried. */
  max_retries?: number;
  /** Override the path of any operation, keyed by operation name. */
  paths?: { [operation: string]: string };
  /** The User-Agent header (browsers may not let it through). */
  user_agent?: string;
  /** Node only: where `Client` keeps the session state between runs (ignored elsewhere). */
  state_file?: string;
  /** `true`: answer from the in-process sandbox; nothing goes over the network. */
  sandbox?: boolean;
  /** Request quotas (Entegra defaults: 20,000 a day, 7,200 an hour, 15 minutes blocked after a 429); `null` lifts one. */
  quota?: {
    per_day?: number | null;
    per_hour?: number | null;
    block_after_429_ms?: number;
    /** The longest block kept after a 429, whatever `Retry-After` asks (default 3,600,000). */
    max_block_ms?: number;
  };
  /** A token must be renewed this long before it expires, at most a tenth of its lifetime (default 120,000). */
  token_margin_ms?: number;
  /** A token is renewed early this long before it expires, at most a fifth of its lifetime. */
  refresh_ahead_ms?: number;
  /** Token requests (logins, refreshes) allowed per hour for this account (default 20). */
  max_logins_per_hour?: number;
  /** Access-token lifetime when the token carries no `exp` claim. */
  access_lifetime_ms?: number;
  /** Refresh-token lifetime (Entegra) when the token carries no `exp` claim. */
  refresh_lifetime_ms?: number;
  /** Items per page of Entegra lists, for the last-page rule (default 100). */
  page_size?: number;
}

/** One header: `[name, value]`. */
export type Header = [name: string, value: string];

/** A request the session wants sent. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | string;
  url: string;
  headers: Header[];
  /** The body text (JSON), or `null` for none. */
  body: string | null;
}

/** The response handed back to the session. */
export interface HttpResponse {
  status: number;
  headers?: Header[] | Record<string, string> | null;
  body?: string | Uint8Array | ArrayBuffer | null;
}

/** What the session wants next: send a request (after waiting `after_ms`), or the result. */
export type Step =
  | { send: HttpRequest; after_ms?: number; done?: never }
  | { done: Json; send?: never; after_ms?: never };

/** Exported session state: tokens and quota counters. Secret-bearing: store it safely. */
export interface SessionState {
  version: number;
  service: Service;
  account?: string | null;
  access_token?: string | null;
  access_expires_ms?: number | null;
  /** When this client received the access token (its renewal windows scale with the lifetime). */
  access_obtained_ms?: number | null;
  refresh_token?: string | null;
  refresh_expires_ms?: number | null;
  quota?: {
    day_start_ms?: number;
    day_count?: number;
    hour_start_ms?: number;
    hour_count?: number;
    /** No request before this time, after a 429 (never more than `quota.max_block_ms` after it was set). */
    blocked_until_ms?: number;
    /** When the block was set. */
    blocked_since_ms?: number;
    /** Why the block was set, for the operator. */
    block_reason?: string | null;
  };
  /** Token requests (logins, refreshes) of the last hour, for `max_logins_per_hour`. */
  token_requests?: number[];
  /** Operation → the spelling of its drifting path that answered. */
  paths?: Record<string, string>;
  [key: string]: unknown;
}

/** A paginated list's result. */
export interface Page<Item = Json> {
  items: Item[];
  total: number | null;
  page: number;
  next_page: number | null;
  [key: string]: unknown;
}

/** The kinds of error, the same words in every binding. */
export type ErrorKind =
  | 'validation'
  | 'api'
  | 'auth'
  | 'rate_limited'
  | 'transport'
  | 'decode'
  | 'config'
  | 'guarded';

/** One problem with a parameter. */
export interface FieldError {
  /** Where, e.g. `list[2].variations[0].barcode`. */
  path: string;
  /** What is wrong. */
  message: string;
}

/** Every error kopru raises. Messages never contain passwords, secret keys or tokens. */
export class KopruError extends Error {
  name: 'KopruError';
  /** The kind of error. */
  kind: ErrorKind;
  /** The kind's stable number: validation 1, api 2, auth 3, rate_limited 4, transport 5, decode 6, config 7, guarded 8. */
  code: number;
  /** For `validation`: every problem at once (empty otherwise). */
  errors: FieldError[];
  /** The HTTP status, when a response was the cause. */
  status: number | null;
  /** The vendor's own error code, when it sent one. */
  vendorCode: string | null;
  /** The response body, for `api` errors. */
  body: string | null;
  /** For `rate_limited`: how long to wait before trying again, when known. */
  retryAfterMs: number | null;
  /** For `decode`: where in the response the problem is. */
  path: string | null;
  /** For `guarded`: the stable id of the plan's guarded changes (give it as `options.accept_plan`). */
  planId: string | null;
  /** For `guarded`: the limits the plan broke, each with its figures. */
  limits: Record<string, unknown>[];
  /** For `guarded`: the first guarded changes, `{key, field, before, after}`. */
  items: Record<string, unknown>[];
  /** For errors of `Client.call`: whether a request of the call left the process (the service may have acted on it); `null` for other errors. */
  sent: boolean | null;
}

/**
 * The sans-IO session: decides every request and sends none. Drive it with your
 * own HTTP stack: `start`, send `step.send` (after `step.after_ms`), `receive`
 * the response (or `transportFailed`), until the step has `done`.
 */
export class Session {
  /**
   * `seed` seeds the back-off jitter (default: `crypto.getRandomValues`).
   * @throws {KopruError} `config` when the config is wrong
   */
  constructor(config: Config, state?: SessionState | null, seed?: number | bigint);
  /**
   * Starts operation `op`. A `map.*` or `sync.*` operation is answered at once by the
   * bridge module: in browsers and workers `await loadBridge()` first (else a `config`
   * error says so). @throws {KopruError} e.g. `validation` with every problem
   */
  start<K extends OperationName>(op: K, params: StartParams<Operations[K]['params']>, nowMs: number): Step;
  /** Starts an operation known by a name that is not a literal of `OperationName`. */
  start<Op extends string>(op: Op extends OperationName ? never : Op, params: Params | undefined, nowMs: number): Step;
  /** Hands back the response to the last request. @throws {KopruError} */
  receive(response: HttpResponse, nowMs: number): Step;
  /** Tells the session the last request got no response (connect error, timeout). @throws {KopruError} */
  transportFailed(message: string, timedOut: boolean, nowMs: number): Step;
  /** Tokens and quota counters, to resume with `new Session(config, state)`. */
  exportState(): SessionState;
}

/**
 * The bundled client: runs whole operations over the global `fetch` (Node ≥ 18,
 * browsers, workers) or, with `sandbox: true`, the in-process sandbox. Calls on
 * one client overlap their network waits; a login or renewal serves them all.
 */
export class Client {
  /** @throws {KopruError} `config` when the config is wrong */
  constructor(config: Config, state?: SessionState | null);
  /** Runs operation `op` with its typed parameters; rejects with a `KopruError`. */
  call<K extends OperationName>(op: K, ...params: ParamsArg<Operations[K]['params']>): Promise<Operations[K]['result']>;
  /**
   * Runs an operation named by a plain `string` (or with an explicit `Result` type);
   * a literal operation name must use the typed overload above.
   */
  call<Result = Json, Op extends string = string>(
    op: Op extends OperationName ? never : Op,
    params?: Params,
  ): Promise<Result>;
  /** Every item of a paginated list, in order; up to `options.concurrency` ERP pages in flight. */
  pages<K extends PaginatedOperationName>(
    op: K,
    ...args: [...ParamsArg<PaginatedOperations[K]['params']>, options?: PagesOptions]
  ): AsyncGenerator<PaginatedOperations[K]['item'], void, undefined>;
  /** Every item of a list named by a plain `string` (or with an explicit `Item` type). */
  pages<Item = Json, Op extends string = string>(
    op: Op extends OperationName ? never : Op,
    params?: Params,
    options?: PagesOptions,
  ): AsyncGenerator<Item, void, undefined>;
  /** Tokens and quota counters, to resume with `new Client(config, state)`. */
  exportState(): SessionState;
  /** The service this client talks to, from its config. */
  readonly service: Service;
}

/** The marketplaces a sync run serves. */
export type Marketplace = 'entegra' | 'tedbul';

/** What a sync remembers of one marketplace item (a product, variation or ad). */
export interface SyncStateItem {
  /** The marketplace's id, once known. */
  id?: string;
  quantity?: number;
  /** Money: a decimal string with a dot. */
  price?: string;
  status?: number;
  expiration?: string;
  /** The key of the item this one is a variation of. */
  parent?: string;
}

/**
 * The sync state: what the marketplace is known to hold, creations in flight and
 * orders being imported. Save each one a run gives `onSave` and pass the last as
 * `state` to the next run (a browser has no state file).
 */
export interface SyncState {
  version: number;
  marketplace: Marketplace;
  /** By item key (productCode or barcode). */
  items: { [key: string]: SyncStateItem };
  /** Creations sent but not yet confirmed, by item key. */
  pending: { [key: string]: { op: string } };
  /** Orders being imported, by the marketplace's order id. */
  orders: { [id: string]: { OrderNumber: string; delivered: boolean } };
}

/** The ERP data of a run, given instead of reading the ERP. */
export interface SyncSnapshot {
  /** Items of `erp.products.list` (every page). */
  products: readonly SyncPlanParamsProducts[];
  /** Items of `erp.inventory.list` (every page); orders runs need none. */
  inventory?: readonly SyncPlanParamsInventory[];
}

/** What a sync run saves after every step that changes the state. */
export type SyncSave = (state: SyncState) => void | Promise<void>;

/** The callbacks and inputs every sync run takes. */
export interface SyncRunOptions {
  /** The Entegra or Tedbul client: the run's marketplace is its service. */
  marketplace: Client;
  /** The ERP client; may be left out when `snapshot` is given. */
  erp?: Client | null;
  /** The ERP data to use instead of reading the ERP. */
  snapshot?: SyncSnapshot | null;
  /** The state the previous run saved (absent or null: the first run). */
  state?: SyncState | null;
  /** Called with the new state whenever it changes; awaited before the run goes on. */
  onSave?: SyncSave;
  /** Called with every progress event; awaited. Throwing stops the run. */
  onProgress?: (event: SyncProgressEvent) => void | Promise<void>;
  /**
   * Read and plan only: nothing is sent, delivered, acknowledged or saved; the
   * report says what would be (`dry_run: true`, `endpoints`, `changes` or `to_import`).
   */
  dryRun?: boolean;
}

/** Requests and items a dry run would send through one operation. */
export interface SyncDryRunEndpoint {
  op: string;
  method: string;
  path: string;
  requests: number;
  items: number;
}

/** One item change a dry run found: the marketplace's value now and after the run. */
export interface SyncDryRunChange {
  /** Stock code / product code (Entegra) or barcode (Tedbul). */
  key: string;
  /** The product of an Entegra variation. */
  parent?: string;
  op: string;
  /** `created`, `passive`, `status`, the price field (`price1`…, `price`), `quantity` or `expiration`. */
  field: string;
  /** Money as a decimal string; a created item's `after` is its fields. */
  now: string | number | null;
  after: string | number | { [field: string]: string | number };
  /** A price's relative change (`"+16.72%"`) or a quantity's difference. */
  change?: string | number;
}

/** The arguments of `syncCatalogue`. */
export interface SyncCatalogueOptions extends SyncRunOptions {
  /** Mapping options, batch size, quota: the options of `sync.plan`. */
  options?: SyncPlanParamsOptions;
}

/** An ERP sales-order document made from a marketplace order. */
export type ErpSalesOrder = MapEntegraOrdersToErpResultDocuments | MapTedbulOrdersToErpResultDocuments;

/** How an order reaches the importer. */
export interface OrderDelivery {
  /** The marketplace's order id. */
  order: string;
  /** An earlier run died while handing this order over: check whether its OrderNumber is in the ERP already. */
  retry: boolean;
}

/** The arguments of `importOrders`. */
export interface ImportOrdersOptions extends SyncRunOptions {
  /**
   * Puts one document into the ERP; the order is acknowledged on the marketplace
   * once it resolves. Throwing stops the run (the order is offered again next run, as a retry).
   */
  importer: (document: ErpSalesOrder, delivery: OrderDelivery) => unknown;
  /** Document header and line resolution: the options of `map.<marketplace>.orders_to_erp`. */
  options: MapEntegraOrdersToErpParamsOptions | MapTedbulOrdersToErpParamsOptions;
}

/** Requests and items sent through one operation. */
export interface SyncOpCount {
  requests: number;
  items: number;
}

/** A failed request a run recorded and went past. */
export interface SyncErrorEntry {
  op: string;
  /** The call's error kind, or why an answer counts as no success. */
  kind: ErrorKind | 'unrecognised_answer' | 'unacknowledged';
  message: string;
}

/** A list was read to its end. */
export interface SyncReadEvent {
  event: 'read';
  op: string;
  count: number;
}

/** The catalogue run planned its requests. */
export interface SyncPlannedEvent {
  event: 'planned';
  marketplace: Marketplace;
  requests: number;
  by_op: { [op: string]: SyncOpCount };
  deferred: number;
  skipped: number;
  /** How many quantities are sent other than the ERP has them (see the report's `warnings`). */
  warnings: number;
  listing_read: boolean;
}

/** One planned request was answered (its state already saved). */
export interface SyncBatchEvent {
  event: 'batch';
  marketplace: Marketplace;
  /** 1-based. */
  index: number;
  total: number;
  op: string;
  items: number;
  confirmed: number;
  unconfirmed: number;
  error: SyncErrorEntry | null;
}

/** The orders run mapped the orders to documents. */
export interface SyncMappedEvent {
  event: 'mapped';
  marketplace: Marketplace;
  orders: number;
  documents: number;
  to_import: number;
  to_acknowledge: number;
  unresolved: number;
}

/** The importer took an order's document. */
export interface SyncImportedEvent {
  event: 'imported';
  marketplace: Marketplace;
  order: string;
  OrderNumber: string;
}

/** An acknowledgement request was answered. */
export interface SyncAcknowledgedEvent {
  event: 'acknowledged';
  marketplace: Marketplace;
  op: string;
  orders: string[];
  error: SyncErrorEntry | null;
}

/** What `onProgress` hears, told apart by `event`. */
export type SyncProgressEvent =
  | SyncReadEvent
  | SyncPlannedEvent
  | SyncBatchEvent
  | SyncMappedEvent
  | SyncImportedEvent
  | SyncAcknowledgedEvent;

/** What a catalogue run did. */
export interface CatalogueReport {
  job: 'catalogue';
  marketplace: Marketplace;
  /** The marketplace listing was read (a first sync, or creations in doubt). */
  listing_read: boolean;
  requests_planned: number;
  requests_sent: number;
  planned: { [op: string]: SyncOpCount };
  sent: { [op: string]: SyncOpCount };
  /** Items the marketplace acknowledged. */
  confirmed: number;
  /** Keys it did not; the next run sends them again. */
  unconfirmed: string[];
  /** Requests left for a later run (quota). */
  deferred: number;
  /** Keys whose creation may have happened. */
  in_doubt: string[];
  /** ERP products and variants that could not be mapped. */
  skipped: SyncPlanResultSkipped[];
  /** Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0. */
  warnings: SyncPlanResultWarnings[];
  errors: SyncErrorEntry[];
  /** The final state (also given to `onSave`); not in a dry run's report. */
  state?: SyncState;
  /** A dry run's report: nothing was sent. */
  dry_run?: true;
  /** A dry run's requests and items per operation. */
  endpoints?: SyncDryRunEndpoint[];
  /** A dry run's item changes, largest first. */
  changes?: SyncDryRunChange[];
}

/** What an orders run did. */
export interface OrdersReport {
  job: 'orders';
  marketplace: Marketplace;
  orders_read: number;
  /** Marketplace order ids whose documents the importer took. */
  imported: string[];
  /** Those documents. */
  documents: ErpSalesOrder[];
  /** Order ids acknowledged on the marketplace. */
  acknowledged: string[];
  /** Every order line that could not be resolved: those orders are neither imported nor acknowledged. */
  unresolved: (MapEntegraOrdersToErpResultUnresolved | MapTedbulOrdersToErpResultUnresolved)[];
  requests_sent: number;
  errors: SyncErrorEntry[];
  /** The final state (also given to `onSave`). */
  state: SyncState;
}

/**
 * Brings the marketplace up to date with the ERP's products and stock, sending
 * only what changed, in full batches. Resolves to the report; rejects with the
 * `KopruError` of a call that stops the run (`auth`, `config`) or with what a
 * callback threw. The state is given to `onSave` before anything is sent and
 * after every request, so a run that stops resumes from the last one saved.
 */
export function syncCatalogue(options: SyncCatalogueOptions): Promise<CatalogueReport>;

/**
 * Imports the marketplace's unacknowledged orders: each fully resolvable one is
 * handed to `importer` once, then acknowledged on the marketplace. Resolves to
 * the report; rejects like `syncCatalogue` (an importer's exception unchanged).
 */
export function importOrders(options: ImportOrdersOptions): Promise<OrdersReport>;

/**
 * Loads the bridge module, the part of kopru that answers the `map.*` and `sync.*`
 * operations and runs `syncCatalogue` and `importOrders`; the default module leaves
 * it out, so a page that never syncs never downloads it. `Client.call`,
 * `syncCatalogue` and `importOrders` load it themselves. `Session.start` of a
 * `map.*` or `sync.*` operation answers at once, so in browsers and workers await
 * this once before it (otherwise it throws a `config` error that says so); Node,
 * Deno and Bun load the module on first use.
 */
export function loadBridge(): Promise<void>;

// The operations' parameter and result types, generated from kopru-core's operation table.
// --- generated by kopru-codegen: operations ---
/** Parameters of `entegra.codes.list`. */
export interface EntegraCodesListParams {
}

/** Result of `entegra.codes.list`. */
export interface EntegraCodesListResult {
  /** Order status 1–13 */
  order_status: EntegraCodesListResultOrderStatus;
  /** Who pays the cargo, 1–9 */
  cargo_fee_type: EntegraCodesListResultCargoFeeType;
  /** Cargo companies 1–30 */
  cargo_company: EntegraCodesListResultCargoCompany;
}

/** Order status 1–13 (`order_status` of `EntegraCodesListResult`) */
export interface EntegraCodesListResultOrderStatus {
  /** What the codes mean */
  doc: string;
  /** The rows, in the vendor's order */
  entries: EntegraCodesListResultOrderStatusEntries[];
}

/** The rows, in the vendor's order (`entries` of `EntegraCodesListResultOrderStatus`) */
export interface EntegraCodesListResultOrderStatusEntries {
  /** The vendor's code */
  code: Json;
  /** The enum variant's name */
  name: string;
  /** The Turkish label */
  label: string;
}

/** Who pays the cargo, 1–9 (`cargo_fee_type` of `EntegraCodesListResult`) */
export interface EntegraCodesListResultCargoFeeType {
  /** What the codes mean */
  doc: string;
  /** The rows, in the vendor's order */
  entries: EntegraCodesListResultCargoFeeTypeEntries[];
}

/** The rows, in the vendor's order (`entries` of `EntegraCodesListResultCargoFeeType`) */
export interface EntegraCodesListResultCargoFeeTypeEntries {
  /** The vendor's code */
  code: Json;
  /** The enum variant's name */
  name: string;
  /** The Turkish label */
  label: string;
}

/** Cargo companies 1–30 (`cargo_company` of `EntegraCodesListResult`) */
export interface EntegraCodesListResultCargoCompany {
  /** What the codes mean */
  doc: string;
  /** The rows, in the vendor's order */
  entries: EntegraCodesListResultCargoCompanyEntries[];
}

/** The rows, in the vendor's order (`entries` of `EntegraCodesListResultCargoCompany`) */
export interface EntegraCodesListResultCargoCompanyEntries {
  /** The vendor's code */
  code: Json;
  /** The enum variant's name */
  name: string;
  /** The Turkish label */
  label: string;
}

/** Parameters of `entegra.auth.obtain`. */
export interface EntegraAuthObtainParams {
}

/** Parameters of `entegra.auth.refresh`. */
export interface EntegraAuthRefreshParams {
}

/** Parameters of `entegra.products.list`. */
export interface EntegraProductsListParams {
  /** Page number, from 1 (default `1`) */
  page?: number;
}

/** One item of `entegra.products.list`. Open: the vendor's other fields pass through. */
export interface EntegraProductsListItem {
  /** Entegra's product id (text) */
  id: string;
  /** Product SKU */
  productCode: string;
  /** Product name */
  name?: string | null;
  /** Product name in the create payload's spelling */
  productName?: string | null;
  /** Description */
  description?: string | null;
  /** Product type */
  product_type?: string | null;
  /** Product barcode */
  barcode?: string | null;
  /** GTIN */
  gtin?: string | null;
  /** Manufacturer part number */
  mpn?: string | null;
  /** Hepsiburada SKU */
  hb_sku?: string | null;
  /** 1 active, 0 passive */
  status?: number | null;
  /** Sent to the marketplaces */
  send_api?: number | null;
  /** Product group (category id) */
  group?: number | null;
  /** Stock */
  quantity?: number | null;
  /** Second stock */
  quantity2?: number | null;
  /** Second stock in use */
  quantity2_enable?: number | null;
  /** Critical stock level */
  critical_stock?: number | null;
  /** Critical stock in use */
  critical_stock_enable?: number | null;
  /** Currency, e.g. TRL */
  currencyType?: string | null;
  /** VAT rate (percent) */
  kdv_id?: number | null;
  /** Buying price */
  buying_price?: string | null;
  /** Shelf life */
  miad?: string | null;
  /** Brand */
  brand?: string | null;
  /** Integrator firm name */
  supplier?: string | null;
  /** Unique code at the integrator */
  supplier_id?: string | null;
  /** When it was added: ISO date, with the time when the service gives one */
  date_add?: string | null;
  /** Last change: ISO date, with the time when given */
  date_change?: string | null;
  /** Product pictures (`picture` URLs) */
  pictures?: EntegraProductsListItemPictures[] | null;
  /** Product pictures in the create payload's spelling */
  product_pictures?: EntegraProductsListItemProductPictures[] | null;
  /** Variants (the service's misspelt `variatios`) */
  variations?: EntegraProductsListItemVariations[] | null;
  /** Volumetric weight (desi) */
  desi?: number | null;
  /** Weight */
  weight?: number | null;
  /** Height */
  height?: number | null;
  /** Width */
  width?: number | null;
  /** Depth */
  depth?: number | null;
  /** Price 1 (Fiyat 1) */
  price1?: string | null;
  /** Price 2 (Fiyat 2) */
  price2?: string | null;
  /** Price 3 (Fiyat 3) */
  price3?: string | null;
  /** Price 4 (Fiyat 4) */
  price4?: string | null;
  /** Price 5 (Fiyat 5) */
  price5?: string | null;
  /** Price 6 (Fiyat 6) */
  price6?: string | null;
  /** Price 7 (Fiyat 7) */
  price7?: string | null;
  /** Price 8 (Fiyat 8) */
  price8?: string | null;
  /** N11 price */
  n11_price?: string | null;
  /** N11 discounted price */
  n11_discountValue?: string | null;
  /** N11 Pro price */
  n11pro_price?: string | null;
  /** N11 Pro discounted price */
  n11pro_discountValue?: string | null;
  /** GittiGidiyor price */
  gg_buyNowPrice?: string | null;
  /** GittiGidiyor market price */
  gg_marketPrice?: string | null;
  /** Amazon price */
  amazon_price?: string | null;
  /** Amazon discounted price */
  amazon_salePrice?: string | null;
  /** Sanal Pazar price */
  sp_price?: string | null;
  /** Hepsiburada price */
  hb_price?: string | null;
  /** ePttAVM price */
  eptt_price?: string | null;
  /** ePttAVM discount */
  eptt_iskonto?: string | null;
  /** Trendyol list price */
  trendyol_listPrice?: string | null;
  /** Trendyol sale price */
  trendyol_salePrice?: string | null;
  /** Flo list price */
  flo_listPrice?: string | null;
  /** Flo sale price */
  flo_salePrice?: string | null;
  /** 1v1y price 1 */
  birvbiry_price1?: string | null;
  /** 1v1y price 2 */
  birvbiry_price2?: string | null;
  /** Morhipo list price */
  morhipo_listPrice?: string | null;
  /** Morhipo sale price */
  morhipo_salePrice?: string | null;
  /** Farmazon price */
  farmazon_price?: string | null;
  /** Farmazon market price */
  farmazon_market_price?: string | null;
  /** Mizu price 1 */
  mizu_price1?: string | null;
  /** Mizu price 2 */
  mizu_price2?: string | null;
  /** Zebramo list price */
  zebramo_listPrice?: string | null;
  /** Zebramo sale price */
  zebramo_salePrice?: string | null;
  /** Novadan price */
  novadan_price?: string | null;
  /** Lidyana list price */
  lidyana_listPrice?: string | null;
  /** Lidyana sale price */
  lidyana_salePrice?: string | null;
  /** Modanisa list price */
  modanisa_listPrice?: string | null;
  /** Modanisa sale price */
  modanisa_salePrice?: string | null;
  /** AliExpress price */
  aliexpress_price?: string | null;
  /** Amazon UK price */
  amazonEu_price?: string | null;
  /** Amazon France price */
  amazonFr_price?: string | null;
  /** Joom price */
  joom_price?: string | null;
  [key: string]: unknown;
}

/** Product pictures (`picture` URLs) (`pictures` of `EntegraProductsListItem`). Open: the vendor's other fields pass through. */
export interface EntegraProductsListItemPictures {
  /** Picture URL (the list's `pictures`) */
  picture?: string | null;
  /** Picture URL (a variant's `variation_pictures`) */
  url?: string | null;
  /** Picture id (pictures added through the API) */
  id?: string | null;
  /** Picture name */
  name?: string | null;
  /** File name */
  filename?: string | null;
  [key: string]: unknown;
}

/** Product pictures in the create payload's spelling (`product_pictures` of `EntegraProductsListItem`). Open: the vendor's other fields pass through. */
export interface EntegraProductsListItemProductPictures {
  /** Picture URL (the list's `pictures`) */
  picture?: string | null;
  /** Picture URL (a variant's `variation_pictures`) */
  url?: string | null;
  /** Picture id (pictures added through the API) */
  id?: string | null;
  /** Picture name */
  name?: string | null;
  /** File name */
  filename?: string | null;
  [key: string]: unknown;
}

/** Variants (the service's misspelt `variatios`) (`variations` of `EntegraProductsListItem`). Open: the vendor's other fields pass through. */
export interface EntegraProductsListItemVariations {
  /** Entegra's variant id */
  id?: string | null;
  /** Variant SKU */
  productCode: string;
  /** Variant barcode */
  barcode?: string | null;
  /** GTIN */
  gtin?: string | null;
  /** Stock */
  quantity?: number | null;
  /** Second stock */
  quantity2?: number | null;
  /** Price difference to the main product */
  price?: string | null;
  /** Sign of the price difference */
  price_prefix?: string | null;
  /** Subtract stock on sale */
  subtract?: number | null;
  /** Points */
  points?: number | null;
  /** Hepsiburada SKU */
  hb_sku?: string | null;
  /** Hepsiburada merchant SKU */
  hb_st_sku?: string | null;
  /** ERP size code (Nebim's ItemDim1Code) */
  itemdim1code?: string | null;
  /** ERP second dimension code */
  itemdim2code?: string | null;
  /** Specs (Renk, Beden, …) as the list sends them */
  variationSpec?: EntegraProductsListItemVariationsVariationSpec[] | null;
  /** Specs in the create payload's spelling */
  variation_specs?: EntegraProductsListItemVariationsVariationSpecs[] | null;
  /** Variant pictures */
  variation_pictures?: EntegraProductsListItemVariationsVariationPictures[] | null;
  /** Volumetric weight (desi) */
  desi?: number | null;
  /** Weight */
  weight?: number | null;
  /** Height */
  height?: number | null;
  /** Width */
  width?: number | null;
  /** Depth */
  depth?: number | null;
  /** Price 1 (Fiyat 1) */
  price1?: string | null;
  /** Price 2 (Fiyat 2) */
  price2?: string | null;
  /** Price 3 (Fiyat 3) */
  price3?: string | null;
  /** Price 4 (Fiyat 4) */
  price4?: string | null;
  /** Price 5 (Fiyat 5) */
  price5?: string | null;
  /** Price 6 (Fiyat 6) */
  price6?: string | null;
  /** Price 7 (Fiyat 7) */
  price7?: string | null;
  /** Price 8 (Fiyat 8) */
  price8?: string | null;
  /** N11 price */
  n11_price?: string | null;
  /** N11 discounted price */
  n11_discountValue?: string | null;
  /** N11 Pro price */
  n11pro_price?: string | null;
  /** N11 Pro discounted price */
  n11pro_discountValue?: string | null;
  /** GittiGidiyor price */
  gg_buyNowPrice?: string | null;
  /** GittiGidiyor market price */
  gg_marketPrice?: string | null;
  /** Amazon price */
  amazon_price?: string | null;
  /** Amazon discounted price */
  amazon_salePrice?: string | null;
  /** Sanal Pazar price */
  sp_price?: string | null;
  /** Hepsiburada price */
  hb_price?: string | null;
  /** ePttAVM price */
  eptt_price?: string | null;
  /** ePttAVM discount */
  eptt_iskonto?: string | null;
  /** Trendyol list price */
  trendyol_listPrice?: string | null;
  /** Trendyol sale price */
  trendyol_salePrice?: string | null;
  /** Flo list price */
  flo_listPrice?: string | null;
  /** Flo sale price */
  flo_salePrice?: string | null;
  /** 1v1y price 1 */
  birvbiry_price1?: string | null;
  /** 1v1y price 2 */
  birvbiry_price2?: string | null;
  /** Morhipo list price */
  morhipo_listPrice?: string | null;
  /** Morhipo sale price */
  morhipo_salePrice?: string | null;
  /** Farmazon price */
  farmazon_price?: string | null;
  /** Farmazon market price */
  farmazon_market_price?: string | null;
  /** Mizu price 1 */
  mizu_price1?: string | null;
  /** Mizu price 2 */
  mizu_price2?: string | null;
  /** Zebramo list price */
  zebramo_listPrice?: string | null;
  /** Zebramo sale price */
  zebramo_salePrice?: string | null;
  /** Novadan price */
  novadan_price?: string | null;
  /** Lidyana list price */
  lidyana_listPrice?: string | null;
  /** Lidyana sale price */
  lidyana_salePrice?: string | null;
  /** Modanisa list price */
  modanisa_listPrice?: string | null;
  /** Modanisa sale price */
  modanisa_salePrice?: string | null;
  /** AliExpress price */
  aliexpress_price?: string | null;
  /** Amazon UK price */
  amazonEu_price?: string | null;
  /** Amazon France price */
  amazonFr_price?: string | null;
  /** Joom price */
  joom_price?: string | null;
  [key: string]: unknown;
}

/** Specs (Renk, Beden, …) as the list sends them (`variationSpec` of `EntegraProductsListItemVariations`). Open: the vendor's other fields pass through. */
export interface EntegraProductsListItemVariationsVariationSpec {
  /** Spec name, e.g. "Renk" or "Beden" */
  name: string;
  /** Spec value */
  value: Json;
  [key: string]: unknown;
}

/** Specs in the create payload's spelling (`variation_specs` of `EntegraProductsListItemVariations`). Open: the vendor's other fields pass through. */
export interface EntegraProductsListItemVariationsVariationSpecs {
  /** Spec name, e.g. "Renk" or "Beden" */
  name: string;
  /** Spec value */
  value: Json;
  [key: string]: unknown;
}

/** Variant pictures (`variation_pictures` of `EntegraProductsListItemVariations`). Open: the vendor's other fields pass through. */
export interface EntegraProductsListItemVariationsVariationPictures {
  /** Picture URL (the list's `pictures`) */
  picture?: string | null;
  /** Picture URL (a variant's `variation_pictures`) */
  url?: string | null;
  /** Picture id (pictures added through the API) */
  id?: string | null;
  /** Picture name */
  name?: string | null;
  /** File name */
  filename?: string | null;
  [key: string]: unknown;
}

/** Parameters of `entegra.products.create`. */
export interface EntegraProductsCreateParams {
  /** Products to create */
  list: readonly EntegraProductsCreateParamsList[];
}

/** Products to create (`list` of `EntegraProductsCreateParams`). Open: the vendor's other fields pass through. */
export interface EntegraProductsCreateParamsList {
  /** Product SKU */
  productCode: string | number;
  /** Product name */
  productName: string;
  /** Product barcode */
  barcode?: string | number;
  /** 1 active, 0 passive */
  status?: number;
  /** Product group */
  group?: number;
  /** Stock */
  quantity?: number;
  /** Brand (Marka) */
  brand?: string;
  /** Integrator firm name; cannot be changed later */
  supplier?: string;
  /** Unique code of the product at the integrator */
  supplier_id?: string | number;
  /** Product pictures */
  product_pictures?: readonly unknown[];
  /** Variants */
  variations?: readonly EntegraProductsCreateParamsListVariations[];
  /** Price 1 (Fiyat 1) */
  price1?: string | number;
  /** Price 2 (Fiyat 2) */
  price2?: string | number;
  /** Price 3 (Fiyat 3) */
  price3?: string | number;
  /** Price 4 (Fiyat 4) */
  price4?: string | number;
  /** Price 5 (Fiyat 5) */
  price5?: string | number;
  /** Price 6 (Fiyat 6) */
  price6?: string | number;
  /** Price 7 (Fiyat 7) */
  price7?: string | number;
  /** Price 8 (Fiyat 8) */
  price8?: string | number;
  /** N11 price */
  n11_price?: string | number;
  /** N11 discounted price */
  n11_discountValue?: string | number;
  /** N11 Pro price */
  n11pro_price?: string | number;
  /** N11 Pro discounted price */
  n11pro_discountValue?: string | number;
  /** GittiGidiyor price */
  gg_buyNowPrice?: string | number;
  /** GittiGidiyor market price */
  gg_marketPrice?: string | number;
  /** Amazon price */
  amazon_price?: string | number;
  /** Amazon discounted price */
  amazon_salePrice?: string | number;
  /** Sanal Pazar price */
  sp_price?: string | number;
  /** Hepsiburada price */
  hb_price?: string | number;
  /** ePttAVM price */
  eptt_price?: string | number;
  /** ePttAVM discount */
  eptt_iskonto?: string | number;
  /** Trendyol list price */
  trendyol_listPrice?: string | number;
  /** Trendyol sale price */
  trendyol_salePrice?: string | number;
  /** Flo list price */
  flo_listPrice?: string | number;
  /** Flo sale price */
  flo_salePrice?: string | number;
  /** 1v1y price 1 */
  birvbiry_price1?: string | number;
  /** 1v1y price 2 */
  birvbiry_price2?: string | number;
  /** Morhipo list price */
  morhipo_listPrice?: string | number;
  /** Morhipo sale price */
  morhipo_salePrice?: string | number;
  /** Farmazon price */
  farmazon_price?: string | number;
  /** Farmazon market price */
  farmazon_market_price?: string | number;
  /** Mizu price 1 */
  mizu_price1?: string | number;
  /** Mizu price 2 */
  mizu_price2?: string | number;
  /** Zebramo list price */
  zebramo_listPrice?: string | number;
  /** Zebramo sale price */
  zebramo_salePrice?: string | number;
  /** Novadan price */
  novadan_price?: string | number;
  /** Lidyana list price */
  lidyana_listPrice?: string | number;
  /** Lidyana sale price */
  lidyana_salePrice?: string | number;
  /** Modanisa list price */
  modanisa_listPrice?: string | number;
  /** Modanisa sale price */
  modanisa_salePrice?: string | number;
  /** AliExpress price */
  aliexpress_price?: string | number;
  /** Amazon UK price */
  amazonEu_price?: string | number;
  /** Amazon France price */
  amazonFr_price?: string | number;
  /** Joom price */
  joom_price?: string | number;
  [key: string]: unknown;
}

/** Variants (`variations` of `EntegraProductsCreateParamsList`). Open: the vendor's other fields pass through. */
export interface EntegraProductsCreateParamsListVariations {
  /** Variant barcode */
  barcode: string | number;
  /** Variant SKU */
  productCode: string | number;
  /** Variant stock */
  quantity: number;
  /** Subtract stock on sale */
  subtract?: number;
  /** Price difference of the variant */
  price?: string | number;
  /** Sign of the price difference (default `"+"`) */
  price_prefix?: string;
  /** Points */
  points?: number;
  /** Sign of the points (default `"+"`) */
  points_prefix?: string;
  /** Weight difference */
  weight?: number;
  /** Sign of the weight difference (default `"+"`) */
  weight_prefix?: string;
  /** Specs; one must be the colour "Renk" */
  variation_specs?: readonly EntegraProductsCreateParamsListVariationsVariationSpecs[];
  /** Variant pictures */
  variation_pictures?: readonly EntegraProductsCreateParamsListVariationsVariationPictures[];
  [key: string]: unknown;
}

/** Specs; one must be the colour "Renk" (`variation_specs` of `EntegraProductsCreateParamsListVariations`). Open: the vendor's other fields pass through. */
export interface EntegraProductsCreateParamsListVariationsVariationSpecs {
  /** Spec name, e.g. "Renk" (colour) or "Beden" (size) */
  name: string;
  /** Spec value, e.g. "Siyah" or 40 */
  value: unknown;
  [key: string]: unknown;
}

/** Variant pictures (`variation_pictures` of `EntegraProductsCreateParamsListVariations`). Open: the vendor's other fields pass through. */
export interface EntegraProductsCreateParamsListVariationsVariationPictures {
  /** Picture URL */
  url: string;
  [key: string]: unknown;
}

/** Result of `entegra.products.create`. Open: the vendor's other fields pass through. */
export interface EntegraProductsCreateResult {
  /** The products created */
  created: EntegraProductsCreateResultCreated[];
  /** The items refused, each with the reason */
  errors: EntegraProductsCreateResultErrors[];
  [key: string]: unknown;
}

/** The products created (`created` of `EntegraProductsCreateResult`). Open: the vendor's other fields pass through. */
export interface EntegraProductsCreateResultCreated {
  /** Entegra's product id */
  id: string;
  /** Product SKU */
  productCode: string;
  [key: string]: unknown;
}

/** The items refused, each with the reason (`errors` of `EntegraProductsCreateResult`). Open: the vendor's other fields pass through. */
export interface EntegraProductsCreateResultErrors {
  /** The refused record's id, when it was named by id */
  id?: string | null;
  /** The refused product's or variant's SKU */
  productCode?: string | null;
  /** Its main product's SKU */
  mainProductCode?: string | null;
  /** The refused price code */
  priceCode?: string | null;
  /** The refused order's number */
  order_id?: string | null;
  /** Why it was refused */
  message: string;
  [key: string]: unknown;
}

/** Parameters of `entegra.products.update`. */
export interface EntegraProductsUpdateParams {
  /** Products to change, each named by id or productCode */
  list: readonly EntegraProductsUpdateParamsList[];
}

/** Products to change, each named by id or productCode (`list` of `EntegraProductsUpdateParams`). Open: the vendor's other fields pass through. */
export interface EntegraProductsUpdateParamsList {
  /** Entegra's product id (this or productCode) */
  id?: number;
  /** Product SKU (this or id) */
  productCode?: string | number;
  /** New stock */
  quantity?: number;
  /** 1 active, 0 passive */
  status?: number;
  /** Price 1 (Fiyat 1) */
  price1?: string | number;
  /** Price 2 (Fiyat 2) */
  price2?: string | number;
  /** Price 3 (Fiyat 3) */
  price3?: string | number;
  /** Price 4 (Fiyat 4) */
  price4?: string | number;
  /** Price 5 (Fiyat 5) */
  price5?: string | number;
  /** Price 6 (Fiyat 6) */
  price6?: string | number;
  /** Price 7 (Fiyat 7) */
  price7?: string | number;
  /** Price 8 (Fiyat 8) */
  price8?: string | number;
  /** N11 price */
  n11_price?: string | number;
  /** N11 discounted price */
  n11_discountValue?: string | number;
  /** N11 Pro price */
  n11pro_price?: string | number;
  /** N11 Pro discounted price */
  n11pro_discountValue?: string | number;
  /** GittiGidiyor price */
  gg_buyNowPrice?: string | number;
  /** GittiGidiyor market price */
  gg_marketPrice?: string | number;
  /** Amazon price */
  amazon_price?: string | number;
  /** Amazon discounted price */
  amazon_salePrice?: string | number;
  /** Sanal Pazar price */
  sp_price?: string | number;
  /** Hepsiburada price */
  hb_price?: string | number;
  /** ePttAVM price */
  eptt_price?: string | number;
  /** ePttAVM discount */
  eptt_iskonto?: string | number;
  /** Trendyol list price */
  trendyol_listPrice?: string | number;
  /** Trendyol sale price */
  trendyol_salePrice?: string | number;
  /** Flo list price */
  flo_listPrice?: string | number;
  /** Flo sale price */
  flo_salePrice?: string | number;
  /** 1v1y price 1 */
  birvbiry_price1?: string | number;
  /** 1v1y price 2 */
  birvbiry_price2?: string | number;
  /** Morhipo list price */
  morhipo_listPrice?: string | number;
  /** Morhipo sale price */
  morhipo_salePrice?: string | number;
  /** Farmazon price */
  farmazon_price?: string | number;
  /** Farmazon market price */
  farmazon_market_price?: string | number;
  /** Mizu price 1 */
  mizu_price1?: string | number;
  /** Mizu price 2 */
  mizu_price2?: string | number;
  /** Zebramo list price */
  zebramo_listPrice?: string | number;
  /** Zebramo sale price */
  zebramo_salePrice?: string | number;
  /** Novadan price */
  novadan_price?: string | number;
  /** Lidyana list price */
  lidyana_listPrice?: string | number;
  /** Lidyana sale price */
  lidyana_salePrice?: string | number;
  /** Modanisa list price */
  modanisa_listPrice?: string | number;
  /** Modanisa sale price */
  modanisa_salePrice?: string | number;
  /** AliExpress price */
  aliexpress_price?: string | number;
  /** Amazon UK price */
  amazonEu_price?: string | number;
  /** Amazon France price */
  amazonFr_price?: string | number;
  /** Joom price */
  joom_price?: string | number;
  [key: string]: unknown;
}

/** Result of `entegra.products.update`. Open: the vendor's other fields pass through. */
export interface EntegraProductsUpdateResult {
  /** The products changed */
  updated: EntegraProductsUpdateResultUpdated[];
  /** The items refused, each with the reason */
  errors: EntegraProductsUpdateResultErrors[];
  [key: string]: unknown;
}

/** The products changed (`updated` of `EntegraProductsUpdateResult`). Open: the vendor's other fields pass through. */
export interface EntegraProductsUpdateResultUpdated {
  /** Entegra's product id */
  id: string;
  /** Product SKU */
  productCode: string;
  [key: string]: unknown;
}

/** The items refused, each with the reason (`errors` of `EntegraProductsUpdateResult`). Open: the vendor's other fields pass through. */
export interface EntegraProductsUpdateResultErrors {
  /** The refused record's id, when it was named by id */
  id?: string | null;
  /** The refused product's or variant's SKU */
  productCode?: string | null;
  /** Its main product's SKU */
  mainProductCode?: string | null;
  /** The refused price code */
  priceCode?: string | null;
  /** The refused order's number */
  order_id?: string | null;
  /** Why it was refused */
  message: string;
  [key: string]: unknown;
}

/** Parameters of `entegra.products.add_pictures`. */
export interface EntegraProductsAddPicturesParams {
  /** Pictures to add, grouped by product */
  list: readonly EntegraProductsAddPicturesParamsList[];
}

/** Pictures to add, grouped by product (`list` of `EntegraProductsAddPicturesParams`) */
export interface EntegraProductsAddPicturesParamsList {
  /** SKU of the product */
  productCode: string | number;
  /** Picture name */
  name: string;
  /** File name, e.g. "front.jpg" (the seed's "file name") */
  filename: string;
  /** Integrator firm name */
  supplier: string;
  /** Unique code of the product at the integrator */
  supplier_id: string | number;
  /** SKU of the variant the pictures belong to */
  variation_productCode?: string | number;
  /** The pictures, each {picture_byte} */
  picture: readonly EntegraProductsAddPicturesParamsListPicture[];
}

/** The pictures, each {picture_byte} (`picture` of `EntegraProductsAddPicturesParamsList`) */
export interface EntegraProductsAddPicturesParamsListPicture {
  /** The picture's bytes as base64 text (the bindings encode raw bytes) */
  picture_byte: string;
}

/** Result of `entegra.products.add_pictures`. Open: the vendor's other fields pass through. */
export interface EntegraProductsAddPicturesResult {
  /** The pictures added */
  created: EntegraProductsAddPicturesResultCreated[];
  /** The items refused, each with the reason */
  errors: EntegraProductsAddPicturesResultErrors[];
  [key: string]: unknown;
}

/** The pictures added (`created` of `EntegraProductsAddPicturesResult`). Open: the vendor's other fields pass through. */
export interface EntegraProductsAddPicturesResultCreated {
  /** The picture's id */
  id: string;
  /** Product SKU */
  productCode: string;
  /** Variant SKU, when added to a variant */
  variation_productCode?: string | null;
  /** File name */
  filename: string;
  [key: string]: unknown;
}

/** The items refused, each with the reason (`errors` of `EntegraProductsAddPicturesResult`). Open: the vendor's other fields pass through. */
export interface EntegraProductsAddPicturesResultErrors {
  /** The refused record's id, when it was named by id */
  id?: string | null;
  /** The refused product's or variant's SKU */
  productCode?: string | null;
  /** Its main product's SKU */
  mainProductCode?: string | null;
  /** The refused price code */
  priceCode?: string | null;
  /** The refused order's number */
  order_id?: string | null;
  /** Why it was refused */
  message: string;
  [key: string]: unknown;
}

/** Parameters of `entegra.products.update_quantity`. */
export interface EntegraProductsUpdateQuantityParams {
  /** Stocks to set, at most 50 a request */
  list: readonly EntegraProductsUpdateQuantityParamsList[];
}

/** Stocks to set, at most 50 a request (`list` of `EntegraProductsUpdateQuantityParams`) */
export interface EntegraProductsUpdateQuantityParamsList {
  /** SKU of a product or a variant */
  productCode: string | number;
  /** New stock */
  quantity: number;
  /** Entegra store id; absent: the main stock or price */
  store_id?: number;
}

/** Result of `entegra.products.update_quantity`. Open: the vendor's other fields pass through. */
export interface EntegraProductsUpdateQuantityResult {
  /** The stocks set */
  updated: EntegraProductsUpdateQuantityResultUpdated[];
  /** The items refused, each with the reason */
  errors: EntegraProductsUpdateQuantityResultErrors[];
  [key: string]: unknown;
}

/** The stocks set (`updated` of `EntegraProductsUpdateQuantityResult`). Open: the vendor's other fields pass through. */
export interface EntegraProductsUpdateQuantityResultUpdated {
  /** SKU of the product or variant */
  productCode: string;
  /** The stock now */
  quantity: number;
  /** The store, when one was named */
  store_id?: string | null;
  [key: string]: unknown;
}

/** The items refused, each with the reason (`errors` of `EntegraProductsUpdateQuantityResult`). Open: the vendor's other fields pass through. */
export interface EntegraProductsUpdateQuantityResultErrors {
  /** The refused record's id, when it was named by id */
  id?: string | null;
  /** The refused product's or variant's SKU */
  productCode?: string | null;
  /** Its main product's SKU */
  mainProductCode?: string | null;
  /** The refused price code */
  priceCode?: string | null;
  /** The refused order's number */
  order_id?: string | null;
  /** Why it was refused */
  message: string;
  [key: string]: unknown;
}

/** Parameters of `entegra.products.update_prices`. */
export interface EntegraProductsUpdatePricesParams {
  /** Products and their new prices, at most 50 a request */
  list: readonly EntegraProductsUpdatePricesParamsList[];
}

/** Products and their new prices, at most 50 a request (`list` of `EntegraProductsUpdatePricesParams`) */
export interface EntegraProductsUpdatePricesParamsList {
  /** SKU of a product or a variant */
  productCode: string | number;
  /** The prices to set */
  prices: readonly EntegraProductsUpdatePricesParamsListPrices[];
}

/** The prices to set (`prices` of `EntegraProductsUpdatePricesParamsList`) */
export interface EntegraProductsUpdatePricesParamsListPrices {
  /** Which price: a price field such as "price1" or "trendyol_salePrice" */
  priceCode: string | number;
  /** The new price */
  priceValue: string | number;
  /** Entegra store id; absent: the main stock or price */
  store_id?: number;
}

/** Result of `entegra.products.update_prices`. Open: the vendor's other fields pass through. */
export interface EntegraProductsUpdatePricesResult {
  /** The prices set, one entry per price */
  updated: EntegraProductsUpdatePricesResultUpdated[];
  /** The items refused, each with the reason */
  errors: EntegraProductsUpdatePricesResultErrors[];
  [key: string]: unknown;
}

/** The prices set, one entry per price (`updated` of `EntegraProductsUpdatePricesResult`). Open: the vendor's other fields pass through. */
export interface EntegraProductsUpdatePricesResultUpdated {
  /** SKU of the product or variant */
  productCode: string;
  /** The price set */
  priceCode: string;
  /** Its value now */
  priceValue: string;
  /** The store, when one was named */
  store_id?: string | null;
  [key: string]: unknown;
}

/** The items refused, each with the reason (`errors` of `EntegraProductsUpdatePricesResult`). Open: the vendor's other fields pass through. */
export interface EntegraProductsUpdatePricesResultErrors {
  /** The refused record's id, when it was named by id */
  id?: string | null;
  /** The refused product's or variant's SKU */
  productCode?: string | null;
  /** Its main product's SKU */
  mainProductCode?: string | null;
  /** The refused price code */
  priceCode?: string | null;
  /** The refused order's number */
  order_id?: string | null;
  /** Why it was refused */
  message: string;
  [key: string]: unknown;
}

/** Parameters of `entegra.variations.create`. */
export interface EntegraVariationsCreateParams {
  /** Products and the variants to add to each */
  list: readonly EntegraVariationsCreateParamsList[];
}

/** Products and the variants to add to each (`list` of `EntegraVariationsCreateParams`) */
export interface EntegraVariationsCreateParamsList {
  /** SKU of the main product */
  productCode: string | number;
  /** The variants to add */
  variations: readonly EntegraVariationsCreateParamsListVariations[];
}

/** The variants to add (`variations` of `EntegraVariationsCreateParamsList`). Open: the vendor's other fields pass through. */
export interface EntegraVariationsCreateParamsListVariations {
  /** Variant barcode */
  barcode: string | number;
  /** Variant SKU */
  productCode: string | number;
  /** Variant stock */
  quantity: number;
  /** Subtract stock on sale */
  subtract?: number;
  /** Price difference of the variant */
  price?: string | number;
  /** Sign of the price difference (default `"+"`) */
  price_prefix?: string;
  /** Points */
  points?: number;
  /** Sign of the points (default `"+"`) */
  points_prefix?: string;
  /** Weight difference */
  weight?: number;
  /** Sign of the weight difference (default `"+"`) */
  weight_prefix?: string;
  /** Specs; one must be the colour "Renk" */
  variation_specs?: readonly EntegraVariationsCreateParamsListVariationsVariationSpecs[];
  /** Variant pictures */
  variation_pictures?: readonly EntegraVariationsCreateParamsListVariationsVariationPictures[];
  [key: string]: unknown;
}

/** Specs; one must be the colour "Renk" (`variation_specs` of `EntegraVariationsCreateParamsListVariations`). Open: the vendor's other fields pass through. */
export interface EntegraVariationsCreateParamsListVariationsVariationSpecs {
  /** Spec name, e.g. "Renk" (colour) or "Beden" (size) */
  name: string;
  /** Spec value, e.g. "Siyah" or 40 */
  value: unknown;
  [key: string]: unknown;
}

/** Variant pictures (`variation_pictures` of `EntegraVariationsCreateParamsListVariations`). Open: the vendor's other fields pass through. */
export interface EntegraVariationsCreateParamsListVariationsVariationPictures {
  /** Picture URL */
  url: string;
  [key: string]: unknown;
}

/** Result of `entegra.variations.create`. Open: the vendor's other fields pass through. */
export interface EntegraVariationsCreateResult {
  /** The variants added */
  created: EntegraVariationsCreateResultCreated[];
  /** The items refused, each with the reason */
  errors: EntegraVariationsCreateResultErrors[];
  [key: string]: unknown;
}

/** The variants added (`created` of `EntegraVariationsCreateResult`). Open: the vendor's other fields pass through. */
export interface EntegraVariationsCreateResultCreated {
  /** Entegra's variant id */
  id?: string | null;
  /** Variant SKU */
  productCode: string;
  /** Main product's SKU */
  mainProductCode: string;
  [key: string]: unknown;
}

/** The items refused, each with the reason (`errors` of `EntegraVariationsCreateResult`). Open: the vendor's other fields pass through. */
export interface EntegraVariationsCreateResultErrors {
  /** The refused record's id, when it was named by id */
  id?: string | null;
  /** The refused product's or variant's SKU */
  productCode?: string | null;
  /** Its main product's SKU */
  mainProductCode?: string | null;
  /** The refused price code */
  priceCode?: string | null;
  /** The refused order's number */
  order_id?: string | null;
  /** Why it was refused */
  message: string;
  [key: string]: unknown;
}

/** Parameters of `entegra.variations.update`. */
export interface EntegraVariationsUpdateParams {
  /** Variants to change */
  list: readonly EntegraVariationsUpdateParamsList[];
}

/** Variants to change (`list` of `EntegraVariationsUpdateParams`) */
export interface EntegraVariationsUpdateParamsList {
  /** Variant SKU */
  productCode: string | number;
  /** SKU of the main product */
  mainProductCode: string | number;
  /** New stock */
  quantity?: number;
  /** New `price` of the variant: its difference to the main price, signed by price_prefix */
  price?: string | number;
}

/** Result of `entegra.variations.update`. Open: the vendor's other fields pass through. */
export interface EntegraVariationsUpdateResult {
  /** The variants changed */
  updated: EntegraVariationsUpdateResultUpdated[];
  /** The items refused, each with the reason */
  errors: EntegraVariationsUpdateResultErrors[];
  [key: string]: unknown;
}

/** The variants changed (`updated` of `EntegraVariationsUpdateResult`). Open: the vendor's other fields pass through. */
export interface EntegraVariationsUpdateResultUpdated {
  /** Entegra's variant id */
  id?: string | null;
  /** Variant SKU */
  productCode: string;
  /** Main product's SKU */
  mainProductCode: string;
  [key: string]: unknown;
}

/** The items refused, each with the reason (`errors` of `EntegraVariationsUpdateResult`). Open: the vendor's other fields pass through. */
export interface EntegraVariationsUpdateResultErrors {
  /** The refused record's id, when it was named by id */
  id?: string | null;
  /** The refused product's or variant's SKU */
  productCode?: string | null;
  /** Its main product's SKU */
  mainProductCode?: string | null;
  /** The refused price code */
  priceCode?: string | null;
  /** The refused order's number */
  order_id?: string | null;
  /** Why it was refused */
  message: string;
  [key: string]: unknown;
}

/** Parameters of `entegra.orders.create`. */
export interface EntegraOrdersCreateParams {
  /** Orders to create */
  list: readonly EntegraOrdersCreateParamsList[];
}

/** Orders to create (`list` of `EntegraOrdersCreateParams`). Open: the vendor's other fields pass through. */
export interface EntegraOrdersCreateParamsList {
  /** Where the order comes from (integrator or shop) */
  supplier: string;
  /** The order's number at its source */
  order_id: string | number;
  /** Customer's company (may be empty) */
  company: string;
  /** Customer's full name */
  full_name: string;
  /** Customer's e-mail (used for e-invoices) */
  email: string;
  /** Mobile phone, sent as text */
  mobile_phone: string | number;
  /** Phone, sent as text */
  phone: string | number;
  /** Invoice address */
  invoice_address: string;
  /** Invoice city */
  invoice_city: string;
  /** Invoice district */
  invoice_district: string;
  /** Name on the invoice */
  invoice_fullname: string;
  /** Invoice post code, sent as text */
  invoice_postcode: string | number;
  /** Invoice phone, sent as text */
  invoice_tel: string | number;
  /** Invoice mobile phone, sent as text */
  invoice_gsm: string | number;
  /** Shipping address */
  ship_address: string;
  /** Shipping city */
  ship_city: string;
  /** Shipping district */
  ship_district: string;
  /** Recipient's name */
  ship_fullname: string;
  /** Shipping post code, sent as text */
  ship_postcode: string | number;
  /** Shipping phone, sent as text */
  ship_tel: string | number;
  /** Shipping mobile phone, sent as text */
  ship_gsm: string | number;
  /** Tax office (vergi dairesi) */
  tax_office: string;
  /** Order date; ISO YYYY-MM-DD or DD.MM.YYYY, sent as DD.MM.YYYY */
  order_date: string;
  /** Discount on the whole order */
  discount?: string | number;
  /** Shipment (cargo) code */
  cargo_code: string | number;
  /** Payment type, e.g. "nakit" */
  payment_type: string;
  /** Cargo company, e.g. "MNG" */
  cargo: string;
  /** Who pays the cargo, e.g. "nakit" */
  cargo_payment_method: string;
  /** Bank of the payment */
  bank: string;
  /** Number of installments (0: none) */
  installment: number;
  /** The order lines */
  order_details: readonly EntegraOrdersCreateParamsListOrderDetails[];
  [key: string]: unknown;
}

/** The order lines (`order_details` of `EntegraOrdersCreateParamsList`). Open: the vendor's other fields pass through. */
export interface EntegraOrdersCreateParamsListOrderDetails {
  /** Quantity sold */
  quantity: number;
  /** SKU of the product or variant */
  product_code: string | number;
  /** Unit price paid, without VAT (KDV hariç) */
  price: string | number;
  /** Unit price before the discount, without VAT (optional in the seed; absent means price, no discount); the discount is first_price − price */
  first_price?: string | number;
  [key: string]: unknown;
}

/** Result of `entegra.orders.create`. Open: the vendor's other fields pass through. */
export interface EntegraOrdersCreateResult {
  /** The orders created */
  created: EntegraOrdersCreateResultCreated[];
  /** The items refused, each with the reason */
  errors: EntegraOrdersCreateResultErrors[];
  [key: string]: unknown;
}

/** The orders created (`created` of `EntegraOrdersCreateResult`). Open: the vendor's other fields pass through. */
export interface EntegraOrdersCreateResultCreated {
  /** Entegra's order id */
  id: string;
  /** The order's number at its source */
  order_id: string;
  [key: string]: unknown;
}

/** The items refused, each with the reason (`errors` of `EntegraOrdersCreateResult`). Open: the vendor's other fields pass through. */
export interface EntegraOrdersCreateResultErrors {
  /** The refused record's id, when it was named by id */
  id?: string | null;
  /** The refused product's or variant's SKU */
  productCode?: string | null;
  /** Its main product's SKU */
  mainProductCode?: string | null;
  /** The refused price code */
  priceCode?: string | null;
  /** The refused order's number */
  order_id?: string | null;
  /** Why it was refused */
  message: string;
  [key: string]: unknown;
}

/** Parameters of `entegra.orders.list`. */
export interface EntegraOrdersListParams {
  /** Page number, from 1 (default `1`) */
  page?: number;
  /** 0: orders not yet taken by the ERP */
  sync?: 0 | 1 | boolean;
  /** Order status (1–13) */
  status?: number;
  /** Orders from this date */
  start_date?: string;
  /** Orders up to this date */
  end_date?: string;
  /** Orders per page: at most 200, the cap every public client sends (Entegra's own default page size is undocumented) (default `200`) */
  limit?: number;
}

/** One item of `entegra.orders.list`. Open: the vendor's other fields pass through. */
export interface EntegraOrdersListItem {
  /** Entegra's order id (text) */
  id: string;
  /** Entegra's internal reference */
  no?: string | null;
  /** The marketplace's order number */
  order_number?: string | null;
  /** Order number prefix */
  order_prefix?: string | null;
  /** The order's number at its source (create shape) */
  order_id?: string | null;
  /** The marketplace it came from */
  entegration?: string | null;
  /** Where the order comes from */
  supplier?: string | null;
  /** Status (the order_status code table) */
  status?: number | null;
  /** 0 until acknowledged with orders.update_erp */
  sync?: number | null;
  /** 0 until fetched through the API */
  api_sync?: number | null;
  /** Order date, ISO (with the time when given) */
  datetime?: string | null;
  /** Order date in the create payload's spelling */
  order_date?: string | null;
  /** When Entegra received it */
  date_add?: string | null;
  /** Last change */
  date_change?: string | null;
  /** Customer id */
  customer_id?: string | null;
  /** Customer's company */
  company?: string | null;
  /** Customer's first name */
  firstname?: string | null;
  /** Customer's last name */
  lastname?: string | null;
  /** Customer's full name (create shape) */
  full_name?: string | null;
  /** Customer's e-mail */
  email?: string | null;
  /** Mobile phone (the service's spelling) */
  mobil_phone?: string | null;
  /** Mobile phone (create shape) */
  mobile_phone?: string | null;
  /** Phone */
  telephone?: string | null;
  /** Name on the invoice */
  invoice_fullname?: string | null;
  /** Invoice address */
  invoice_address?: string | null;
  /** Invoice city */
  invoice_city?: string | null;
  /** Invoice district */
  invoice_district?: string | null;
  /** Invoice post code (text) */
  invoice_postcode?: string | null;
  /** Recipient's name */
  ship_fullname?: string | null;
  /** Shipping address */
  ship_address?: string | null;
  /** Shipping city */
  ship_city?: string | null;
  /** Shipping district */
  ship_district?: string | null;
  /** Shipping post code (text) */
  ship_postcode?: string | null;
  /** Turkish identity number */
  tc_id?: string | null;
  /** Tax office */
  tax_office?: string | null;
  /** Tax number */
  tax_number?: string | null;
  /** Order total */
  total?: string | null;
  /** Discount on the whole order */
  discount?: string | null;
  /** VAT of the order */
  tax?: string | null;
  /** Total paid */
  grand_total?: string | null;
  /** Currency, e.g. TRL */
  currencyType?: string | null;
  /** Cargo company */
  cargo_company?: string | null;
  /** Shipment code */
  cargo_code?: string | null;
  /** Second shipment code */
  cargo_code2?: string | null;
  /** Tracking URL */
  cargo_follow_url?: string | null;
  /** Payment type */
  paymentType?: string | null;
  /** Installments */
  installment?: number | null;
  /** Store id */
  store_id?: string | null;
  /** The ERP's order number, once acknowledged */
  erp_order_number?: string | null;
  /** The order lines */
  order_product?: EntegraOrdersListItemOrderProduct[] | null;
  [key: string]: unknown;
}

/** The order lines (`order_product` of `EntegraOrdersListItem`). Open: the vendor's other fields pass through. */
export interface EntegraOrdersListItemOrderProduct {
  /** Entegra's line id */
  order_product_id?: string | null;
  /** Entegra's order id */
  order_id?: string | null;
  /** Entegra's product id */
  product_id?: string | null;
  /** Product name */
  name?: string | null;
  /** SKU of the product or variant */
  model?: string | null;
  /** The stock code at the marketplace */
  store_stock_code?: string | null;
  /** Barcode */
  barcode?: string | null;
  /** SKU in the create payload's spelling */
  product_code?: string | null;
  /** Quantity */
  quantity?: number | null;
  /** Unit price paid */
  price?: string | null;
  /** Unit price before the discount */
  first_price?: string | null;
  /** Buying price */
  buying_price?: string | null;
  /** Line total */
  total?: string | null;
  /** VAT amount of the line */
  tax?: string | null;
  /** VAT rate (percent) */
  tax_id?: number | null;
  /** Marketplace commission */
  commission?: string | null;
  /** Line status */
  status?: number | null;
  /** Currency, e.g. TRL */
  currencyType?: string | null;
  /** 1 when `price` includes VAT */
  priceIncludedTax?: number | null;
  [key: string]: unknown;
}

/** Parameters of `entegra.orders.update`. */
export interface EntegraOrdersUpdateParams {
  /** Orders to change */
  list: readonly EntegraOrdersUpdateParamsList[];
}

/** Orders to change (`list` of `EntegraOrdersUpdateParams`) */
export interface EntegraOrdersUpdateParamsList {
  /** Entegra's order id */
  id: number;
  /** New status (order_status code table, 1–13) */
  status?: number;
  /** Second shipment (cargo) code */
  cargo_code2?: string | number;
  /** Shipment tracking URL */
  cargo_follow_url?: string;
}

/** Result of `entegra.orders.update`. Open: the vendor's other fields pass through. */
export interface EntegraOrdersUpdateResult {
  /** The orders changed */
  updated: EntegraOrdersUpdateResultUpdated[];
  /** The items refused, each with the reason */
  errors: EntegraOrdersUpdateResultErrors[];
  [key: string]: unknown;
}

/** The orders changed (`updated` of `EntegraOrdersUpdateResult`). Open: the vendor's other fields pass through. */
export interface EntegraOrdersUpdateResultUpdated {
  /** Entegra's order id */
  id: string;
  [key: string]: unknown;
}

/** The items refused, each with the reason (`errors` of `EntegraOrdersUpdateResult`). Open: the vendor's other fields pass through. */
export interface EntegraOrdersUpdateResultErrors {
  /** The refused record's id, when it was named by id */
  id?: string | null;
  /** The refused product's or variant's SKU */
  productCode?: string | null;
  /** Its main product's SKU */
  mainProductCode?: string | null;
  /** The refused price code */
  priceCode?: string | null;
  /** The refused order's number */
  order_id?: string | null;
  /** Why it was refused */
  message: string;
  [key: string]: unknown;
}

/** Parameters of `entegra.orders.update_erp`. */
export interface EntegraOrdersUpdateErpParams {
  /** Orders to acknowledge */
  list: readonly EntegraOrdersUpdateErpParamsList[];
}

/** Orders to acknowledge (`list` of `EntegraOrdersUpdateErpParams`) */
export interface EntegraOrdersUpdateErpParamsList {
  /** Entegra's order id */
  id: number;
  /** New status (order_status code table, 1–13) */
  status?: number;
  /** Second shipment (cargo) code */
  cargo_code2?: string | number;
  /** Shipment tracking URL */
  cargo_follow_url?: string;
  /** 1 (the default): taken into the ERP, no longer listed with sync=0; 0: offer it again (default `1`) */
  sync?: 0 | 1 | boolean;
  /** 1: fetched through the API; 0: offer it to api_sync=0 fetches again */
  api_sync?: 0 | 1 | boolean;
  /** The order's number in the ERP */
  erp_order_number?: string | number;
}

/** Result of `entegra.orders.update_erp`. Open: the vendor's other fields pass through. */
export interface EntegraOrdersUpdateErpResult {
  /** The orders changed */
  updated: EntegraOrdersUpdateErpResultUpdated[];
  /** The items refused, each with the reason */
  errors: EntegraOrdersUpdateErpResultErrors[];
  [key: string]: unknown;
}

/** The orders changed (`updated` of `EntegraOrdersUpdateErpResult`). Open: the vendor's other fields pass through. */
export interface EntegraOrdersUpdateErpResultUpdated {
  /** Entegra's order id */
  id: string;
  [key: string]: unknown;
}

/** The items refused, each with the reason (`errors` of `EntegraOrdersUpdateErpResult`). Open: the vendor's other fields pass through. */
export interface EntegraOrdersUpdateErpResultErrors {
  /** The refused record's id, when it was named by id */
  id?: string | null;
  /** The refused product's or variant's SKU */
  productCode?: string | null;
  /** Its main product's SKU */
  mainProductCode?: string | null;
  /** The refused price code */
  priceCode?: string | null;
  /** The refused order's number */
  order_id?: string | null;
  /** Why it was refused */
  message: string;
  [key: string]: unknown;
}

/** Parameters of `entegra.categories.list`. */
export interface EntegraCategoriesListParams {
  /** Page number, from 1 (default `1`) */
  page?: number;
}

/** One item of `entegra.categories.list`. Open: the vendor's other fields pass through. */
export interface EntegraCategoriesListItem {
  /** Category id (text) */
  id: string;
  /** Category name */
  name: string;
  /** Parent category id; "0" at the top */
  parent_id?: string | null;
  /** 1 active, 0 passive */
  status?: number | null;
  /** Position among its siblings */
  sort_order?: number | null;
  /** Description */
  description?: string | null;
  [key: string]: unknown;
}

/** Parameters of `entegra.brands.list`. */
export interface EntegraBrandsListParams {
  /** Page number, from 1 (default `1`) */
  page?: number;
}

/** One item of `entegra.brands.list`. Open: the vendor's other fields pass through. */
export interface EntegraBrandsListItem {
  /** Brand id (text) */
  id: string;
  /** Brand name */
  name: string;
  /** 1 active, 0 passive */
  status?: number | null;
  [key: string]: unknown;
}

/** Parameters of `erp.codes.list`. */
export interface ErpCodesListParams {
}

/** Parameters of `erp.products.list`. */
export interface ErpProductsListParams {
  /** Page number (default 1) */
  page?: number;
  /** Records per page (default 50, at most 100) */
  per_page?: number;
  /** Only items of this ItemTypeCode (the `item_type` table: 1, 2, 4, 5, 6) */
  item_type_code?: string | number;
}

/** One item of `erp.products.list`. Open: the vendor's other fields pass through. */
export interface ErpProductsListItem {
  /** Item type (the `item_type` table) */
  ItemTypeCode?: number | null;
  /** Variant dimensions (the `item_dim_type` table) */
  ItemDimTypeCode?: number | null;
  /** The product's code */
  ItemCode?: string | null;
  /** The product's name */
  ItemDescription?: string | null;
  /** Product attribute 01 (installation-defined; the seed: material) */
  ProductAtt01?: string | null;
  /** Product attribute 02 (installation-defined; the seed: collar or shape) */
  ProductAtt02?: string | null;
  /** Product attribute 03 (installation-defined; the seed: sleeve or width) */
  ProductAtt03?: string | null;
  /** Product attribute 04 (installation-defined; the seed: gender) */
  ProductAtt04?: string | null;
  /** Product attribute 05 (installation-defined; the seed: style) */
  ProductAtt05?: string | null;
  /** Product attribute 06 (installation-defined; the seed: origin) */
  ProductAtt06?: string | null;
  /** Product attribute 07 (installation-defined; the seed: season) */
  ProductAtt07?: string | null;
  /** Product attribute 08 (installation-defined) */
  ProductAtt08?: string | null;
  /** Product attribute 09 (installation-defined; the seed: line) */
  ProductAtt09?: string | null;
  /** Product attribute 10 (installation-defined; the seed: year) */
  ProductAtt10?: string | null;
  /** Purchase price */
  PurchasePrice?: string | null;
  /** Sale price */
  SalePrice?: string | null;
  /** VAT rate in percent */
  TaxRate?: number | null;
  /** True when the item is blocked (boolean) */
  IsBlocked?: Json;
  /** Created at (ISO date and time) */
  CreatedDate?: string | null;
  /** Last changed at (ISO date and time) */
  UpdatedDate?: string | null;
  /** Colour/size variants; empty without variants */
  Variants?: ErpProductsListItemVariants[] | null;
  [key: string]: unknown;
}

/** Colour/size variants; empty without variants (`Variants` of `ErpProductsListItem`). Open: the vendor's other fields pass through. */
export interface ErpProductsListItemVariants {
  /** Colour code */
  ColorCode?: string | null;
  /** Colour name (Renk) */
  ColorDescription?: string | null;
  /** Size (Beden); null without sizes */
  ItemDim1Code?: string | null;
  /** The variant's barcode */
  Barcode?: string | null;
  [key: string]: unknown;
}

/** Parameters of `erp.products.get`. */
export interface ErpProductsGetParams {
  /** The product's code (ItemCode) */
  id: string | number;
}

/** Result of `erp.products.get`. Open: the vendor's other fields pass through. */
export interface ErpProductsGetResult {
  /** Item type (the `item_type` table) */
  ItemTypeCode?: number | null;
  /** Variant dimensions (the `item_dim_type` table) */
  ItemDimTypeCode?: number | null;
  /** The product's code */
  ItemCode?: string | null;
  /** The product's name */
  ItemDescription?: string | null;
  /** Product attribute 01 (installation-defined; the seed: material) */
  ProductAtt01?: string | null;
  /** Product attribute 02 (installation-defined; the seed: collar or shape) */
  ProductAtt02?: string | null;
  /** Product attribute 03 (installation-defined; the seed: sleeve or width) */
  ProductAtt03?: string | null;
  /** Product attribute 04 (installation-defined; the seed: gender) */
  ProductAtt04?: string | null;
  /** Product attribute 05 (installation-defined; the seed: style) */
  ProductAtt05?: string | null;
  /** Product attribute 06 (installation-defined; the seed: origin) */
  ProductAtt06?: string | null;
  /** Product attribute 07 (installation-defined; the seed: season) */
  ProductAtt07?: string | null;
  /** Product attribute 08 (installation-defined) */
  ProductAtt08?: string | null;
  /** Product attribute 09 (installation-defined; the seed: line) */
  ProductAtt09?: string | null;
  /** Product attribute 10 (installation-defined; the seed: year) */
  ProductAtt10?: string | null;
  /** Purchase price */
  PurchasePrice?: string | null;
  /** Sale price */
  SalePrice?: string | null;
  /** VAT rate in percent */
  TaxRate?: number | null;
  /** True when the item is blocked (boolean) */
  IsBlocked?: Json;
  /** Created at (ISO date and time) */
  CreatedDate?: string | null;
  /** Last changed at (ISO date and time) */
  UpdatedDate?: string | null;
  /** Colour/size variants; empty without variants */
  Variants?: ErpProductsGetResultVariants[] | null;
  [key: string]: unknown;
}

/** Colour/size variants; empty without variants (`Variants` of `ErpProductsGetResult`). Open: the vendor's other fields pass through. */
export interface ErpProductsGetResultVariants {
  /** Colour code */
  ColorCode?: string | null;
  /** Colour name (Renk) */
  ColorDescription?: string | null;
  /** Size (Beden); null without sizes */
  ItemDim1Code?: string | null;
  /** The variant's barcode */
  Barcode?: string | null;
  [key: string]: unknown;
}

/** Parameters of `erp.suppliers.list`. */
export interface ErpSuppliersListParams {
  /** Page number (default 1) */
  page?: number;
  /** Records per page (default 50, at most 100) */
  per_page?: number;
}

/** One item of `erp.suppliers.list`. Open: the vendor's other fields pass through. */
export interface ErpSuppliersListItem {
  /** Supplier, wholesale or retail customer (the `curr_acc_type` table) */
  CurrAccTypeCode?: number | null;
  /** The current account's code */
  CurrAccCode?: string | null;
  /** Name or title */
  CurrAccDescription?: string | null;
  /** Office */
  OfficeCode?: string | null;
  /** True for a person, false for a company (boolean) */
  IsIndividualAcc?: Json;
  /** TC identity number (persons) */
  IdentityNum?: string | null;
  /** Tax number (companies) */
  TaxNumber?: string | null;
  /** E-mail addresses and phone numbers */
  Communications?: ErpSuppliersListItemCommunications[] | null;
  [key: string]: unknown;
}

/** E-mail addresses and phone numbers (`Communications` of `ErpSuppliersListItem`). Open: the vendor's other fields pass through. */
export interface ErpSuppliersListItemCommunications {
  /** Kind of address (the `communication_type` table) */
  CommunicationTypeCode?: number | null;
  /** The e-mail address or phone number */
  CommAddress?: string | null;
  [key: string]: unknown;
}

/** Parameters of `erp.customers.wholesale.list`. */
export interface ErpCustomersWholesaleListParams {
  /** Page number (default 1) */
  page?: number;
  /** Records per page (default 50, at most 100) */
  per_page?: number;
}

/** One item of `erp.customers.wholesale.list`. Open: the vendor's other fields pass through. */
export interface ErpCustomersWholesaleListItem {
  /** Supplier, wholesale or retail customer (the `curr_acc_type` table) */
  CurrAccTypeCode?: number | null;
  /** The current account's code */
  CurrAccCode?: string | null;
  /** Name or title */
  CurrAccDescription?: string | null;
  /** Office */
  OfficeCode?: string | null;
  /** True for a person, false for a company (boolean) */
  IsIndividualAcc?: Json;
  /** TC identity number (persons) */
  IdentityNum?: string | null;
  /** Tax number (companies) */
  TaxNumber?: string | null;
  /** E-mail addresses and phone numbers */
  Communications?: ErpCustomersWholesaleListItemCommunications[] | null;
  [key: string]: unknown;
}

/** E-mail addresses and phone numbers (`Communications` of `ErpCustomersWholesaleListItem`). Open: the vendor's other fields pass through. */
export interface ErpCustomersWholesaleListItemCommunications {
  /** Kind of address (the `communication_type` table) */
  CommunicationTypeCode?: number | null;
  /** The e-mail address or phone number */
  CommAddress?: string | null;
  [key: string]: unknown;
}

/** Parameters of `erp.customers.retail.list`. */
export interface ErpCustomersRetailListParams {
  /** Page number (default 1) */
  page?: number;
  /** Records per page (default 50, at most 100) */
  per_page?: number;
}

/** One item of `erp.customers.retail.list`. Open: the vendor's other fields pass through. */
export interface ErpCustomersRetailListItem {
  /** Supplier, wholesale or retail customer (the `curr_acc_type` table) */
  CurrAccTypeCode?: number | null;
  /** The current account's code */
  CurrAccCode?: string | null;
  /** Name or title */
  CurrAccDescription?: string | null;
  /** Office */
  OfficeCode?: string | null;
  /** True for a person, false for a company (boolean) */
  IsIndividualAcc?: Json;
  /** TC identity number (persons) */
  IdentityNum?: string | null;
  /** Tax number (companies) */
  TaxNumber?: string | null;
  /** E-mail addresses and phone numbers */
  Communications?: ErpCustomersRetailListItemCommunications[] | null;
  [key: string]: unknown;
}

/** E-mail addresses and phone numbers (`Communications` of `ErpCustomersRetailListItem`). Open: the vendor's other fields pass through. */
export interface ErpCustomersRetailListItemCommunications {
  /** Kind of address (the `communication_type` table) */
  CommunicationTypeCode?: number | null;
  /** The e-mail address or phone number */
  CommAddress?: string | null;
  [key: string]: unknown;
}

/** Parameters of `erp.customers.get`. */
export interface ErpCustomersGetParams {
  /** The current account's code (CurrAccCode) of a customer or supplier */
  id: string | number;
}

/** Result of `erp.customers.get`. Open: the vendor's other fields pass through. */
export interface ErpCustomersGetResult {
  /** Supplier, wholesale or retail customer (the `curr_acc_type` table) */
  CurrAccTypeCode?: number | null;
  /** The current account's code */
  CurrAccCode?: string | null;
  /** Name or title */
  CurrAccDescription?: string | null;
  /** Office */
  OfficeCode?: string | null;
  /** True for a person, false for a company (boolean) */
  IsIndividualAcc?: Json;
  /** TC identity number (persons) */
  IdentityNum?: string | null;
  /** Tax number (companies) */
  TaxNumber?: string | null;
  /** E-mail addresses and phone numbers */
  Communications?: ErpCustomersGetResultCommunications[] | null;
  [key: string]: unknown;
}

/** E-mail addresses and phone numbers (`Communications` of `ErpCustomersGetResult`). Open: the vendor's other fields pass through. */
export interface ErpCustomersGetResultCommunications {
  /** Kind of address (the `communication_type` table) */
  CommunicationTypeCode?: number | null;
  /** The e-mail address or phone number */
  CommAddress?: string | null;
  [key: string]: unknown;
}

/** Parameters of `erp.purchase_orders.list`. */
export interface ErpPurchaseOrdersListParams {
  /** Page number (default 1) */
  page?: number;
  /** Records per page (default 50, at most 100) */
  per_page?: number;
  /** Orders from this date (YYYY-MM-DD) */
  order_date_start?: string;
  /** Orders up to this date (YYYY-MM-DD) */
  order_date_end?: string;
}

/** One item of `erp.purchase_orders.list`. Open: the vendor's other fields pass through. */
export interface ErpPurchaseOrdersListItem {
  /** The ERP's document number */
  OrderNumber?: string | null;
  /** Document date (YYYY-MM-DD) */
  OrderDate?: string | null;
  /** The document's own number */
  DocumentNumber?: string | null;
  /** The supplier's CurrAccCode */
  SupplierCode?: string | null;
  /** Process (the `process_code` table) */
  ProcessCode?: string | null;
  /** Description */
  Description?: string | null;
  /** Internal note */
  InternalDescription?: string | null;
  /** Tax type (the `purchase_order_tax_type` table) */
  TaxTypeCode?: number | null;
  /** Office */
  OfficeCode?: string | null;
  /** Warehouse */
  WarehouseCode?: string | null;
  /** Currency (TRY, USD, EUR …) */
  DocCurrencyCode?: string | null;
  /** The document's lines */
  Lines?: ErpPurchaseOrdersListItemLines[] | null;
  [key: string]: unknown;
}

/** The document's lines (`Lines` of `ErpPurchaseOrdersListItem`). Open: the vendor's other fields pass through. */
export interface ErpPurchaseOrdersListItemLines {
  /** Item type (the `item_type` table) */
  ItemTypeCode?: number | null;
  /** The product's code */
  ItemCode?: string | null;
  /** Colour code; null without variants */
  ColorCode?: string | null;
  /** Size; null without sizes */
  ItemDim1Code?: string | null;
  /** Quantity (a decimal: metres, kilograms) */
  Qty1?: number | null;
  /** Line amount without VAT */
  NetAmount?: string | null;
  [key: string]: unknown;
}

/** Parameters of `erp.purchase_invoices.list`. */
export interface ErpPurchaseInvoicesListParams {
  /** Page number (default 1) */
  page?: number;
  /** Records per page (default 50, at most 100) */
  per_page?: number;
  /** Invoices from this date (YYYY-MM-DD) */
  invoice_date_start?: string;
  /** Invoices up to this date (YYYY-MM-DD) */
  invoice_date_end?: string;
}

/** One item of `erp.purchase_invoices.list`. Open: the vendor's other fields pass through. */
export interface ErpPurchaseInvoicesListItem {
  /** The ERP's document number */
  InvoiceNumber?: string | null;
  /** Document date (YYYY-MM-DD) */
  InvoiceDate?: string | null;
  /** The document's own number */
  DocumentNumber?: string | null;
  /** The supplier's CurrAccCode */
  SupplierCode?: string | null;
  /** Process (the `process_code` table) */
  ProcessCode?: string | null;
  /** Description */
  Description?: string | null;
  /** Internal note */
  InternalDescription?: string | null;
  /** Tax type (the `invoice_tax_type` table) */
  TaxTypeCode?: number | null;
  /** Office */
  OfficeCode?: string | null;
  /** Warehouse */
  WarehouseCode?: string | null;
  /** Currency (TRY, USD, EUR …) */
  DocCurrencyCode?: string | null;
  /** The document's lines */
  Lines?: ErpPurchaseInvoicesListItemLines[] | null;
  [key: string]: unknown;
}

/** The document's lines (`Lines` of `ErpPurchaseInvoicesListItem`). Open: the vendor's other fields pass through. */
export interface ErpPurchaseInvoicesListItemLines {
  /** Item type (the `item_type` table) */
  ItemTypeCode?: number | null;
  /** The product's code */
  ItemCode?: string | null;
  /** Colour code; null without variants */
  ColorCode?: string | null;
  /** Size; null without sizes */
  ItemDim1Code?: string | null;
  /** Quantity (a decimal: metres, kilograms) */
  Qty1?: number | null;
  /** Line amount without VAT */
  NetAmount?: string | null;
  [key: string]: unknown;
}

/** Parameters of `erp.warehouses.list`. */
export interface ErpWarehousesListParams {
  /** Page number (default 1) */
  page?: number;
  /** Records per page (default 50, at most 100) */
  per_page?: number;
}

/** One item of `erp.warehouses.list`. Open: the vendor's other fields pass through. */
export interface ErpWarehousesListItem {
  /** Office */
  OfficeCode?: string | null;
  /** Office name */
  OfficeDescription?: string | null;
  /** Store; null for a warehouse without a store */
  StoreCode?: string | null;
  /** Store name */
  StoreDescription?: string | null;
  /** Warehouse */
  WarehouseCode?: string | null;
  /** Warehouse name */
  WarehouseDescription?: string | null;
  [key: string]: unknown;
}

/** Parameters of `erp.inventory.list`. */
export interface ErpInventoryListParams {
  /** Page number (default 1) */
  page?: number;
  /** Records per page (default 50, at most 100) */
  per_page?: number;
  /** Only this WarehouseCode */
  warehouse_code?: string;
}

/** One item of `erp.inventory.list`. Open: the vendor's other fields pass through. */
export interface ErpInventoryListItem {
  /** Office */
  OfficeCode?: string | null;
  /** Store; null for a warehouse without a store */
  StoreCode?: string | null;
  /** Warehouse */
  WarehouseCode?: string | null;
  /** Item type (the `item_type` table) */
  ItemTypeCode?: number | null;
  /** The product's code */
  ItemCode?: string | null;
  /** Colour code; null without variants */
  ColorCode?: string | null;
  /** Size; null without sizes */
  ItemDim1Code?: string | null;
  /** Quantity in stock (a decimal) */
  InventoryQty1?: number | null;
  [key: string]: unknown;
}

/** Parameters of `erp.inventory.get`. */
export interface ErpInventoryGetParams {
  /** The product's code (ItemCode) */
  ItemCode: string | number;
}

/** Result of `erp.inventory.get`. Open: the vendor's other fields pass through. */
export interface ErpInventoryGetResult {
  /** The item's stock per warehouse, colour and size */
  items: ErpInventoryGetResultItems[];
  [key: string]: unknown;
}

/** The item's stock per warehouse, colour and size (`items` of `ErpInventoryGetResult`). Open: the vendor's other fields pass through. */
export interface ErpInventoryGetResultItems {
  /** Office */
  OfficeCode?: string | null;
  /** Store; null for a warehouse without a store */
  StoreCode?: string | null;
  /** Warehouse */
  WarehouseCode?: string | null;
  /** Item type (the `item_type` table) */
  ItemTypeCode?: number | null;
  /** The product's code */
  ItemCode?: string | null;
  /** Colour code; null without variants */
  ColorCode?: string | null;
  /** Size; null without sizes */
  ItemDim1Code?: string | null;
  /** Quantity in stock (a decimal) */
  InventoryQty1?: number | null;
  [key: string]: unknown;
}

/** Parameters of `erp.sales_orders.list`. */
export interface ErpSalesOrdersListParams {
  /** Page number (default 1) */
  page?: number;
  /** Records per page (default 50, at most 100) */
  per_page?: number;
  /** Orders from this date (YYYY-MM-DD) */
  order_date_start?: string;
  /** Orders up to this date (YYYY-MM-DD) */
  order_date_end?: string;
  /** Only documents of this ProcessCode: WS, R, RI, RSD, EP or SS (the filter's list in seed 001) */
  process_code?: string;
}

/** One item of `erp.sales_orders.list`. Open: the vendor's other fields pass through. */
export interface ErpSalesOrdersListItem {
  /** The ERP's document number */
  OrderNumber?: string | null;
  /** Document date (YYYY-MM-DD) */
  OrderDate?: string | null;
  /** The document's own number */
  DocumentNumber?: string | null;
  /** The customer's CurrAccCode */
  CustomerCode?: string | null;
  /** Process (the `process_code` table) */
  ProcessCode?: string | null;
  /** Description */
  Description?: string | null;
  /** Internal note */
  InternalDescription?: string | null;
  /** Tax type (the `invoice_tax_type` table) */
  TaxTypeCode?: number | null;
  /** Office */
  OfficeCode?: string | null;
  /** Warehouse */
  WarehouseCode?: string | null;
  /** Currency (TRY, USD, EUR …) */
  DocCurrencyCode?: string | null;
  /** The document's lines */
  Lines?: ErpSalesOrdersListItemLines[] | null;
  [key: string]: unknown;
}

/** The document's lines (`Lines` of `ErpSalesOrdersListItem`). Open: the vendor's other fields pass through. */
export interface ErpSalesOrdersListItemLines {
  /** Item type (the `item_type` table) */
  ItemTypeCode?: number | null;
  /** The product's code */
  ItemCode?: string | null;
  /** Colour code; null without variants */
  ColorCode?: string | null;
  /** Size; null without sizes */
  ItemDim1Code?: string | null;
  /** Quantity (a decimal: metres, kilograms) */
  Qty1?: number | null;
  /** Line amount without VAT */
  NetAmount?: string | null;
  [key: string]: unknown;
}

/** Parameters of `erp.sales_invoices.list`. */
export interface ErpSalesInvoicesListParams {
  /** Page number (default 1) */
  page?: number;
  /** Records per page (default 50, at most 100) */
  per_page?: number;
  /** Invoices from this date (YYYY-MM-DD) */
  invoice_date_start?: string;
  /** Invoices up to this date (YYYY-MM-DD) */
  invoice_date_end?: string;
  /** Only documents of this ProcessCode: WS, R, RI, RSD, EP or SS (the filter's list in seed 001) */
  process_code?: string;
}

/** One item of `erp.sales_invoices.list`. Open: the vendor's other fields pass through. */
export interface ErpSalesInvoicesListItem {
  /** The ERP's document number */
  InvoiceNumber?: string | null;
  /** Document date (YYYY-MM-DD) */
  InvoiceDate?: string | null;
  /** The document's own number */
  DocumentNumber?: string | null;
  /** The customer's CurrAccCode */
  CustomerCode?: string | null;
  /** Process (the `process_code` table) */
  ProcessCode?: string | null;
  /** Description */
  Description?: string | null;
  /** Internal note */
  InternalDescription?: string | null;
  /** Tax type (the `invoice_tax_type` table) */
  TaxTypeCode?: number | null;
  /** Office */
  OfficeCode?: string | null;
  /** Warehouse */
  WarehouseCode?: string | null;
  /** Currency (TRY, USD, EUR …) */
  DocCurrencyCode?: string | null;
  /** The document's lines */
  Lines?: ErpSalesInvoicesListItemLines[] | null;
  [key: string]: unknown;
}

/** The document's lines (`Lines` of `ErpSalesInvoicesListItem`). Open: the vendor's other fields pass through. */
export interface ErpSalesInvoicesListItemLines {
  /** Item type (the `item_type` table) */
  ItemTypeCode?: number | null;
  /** The product's code */
  ItemCode?: string | null;
  /** Colour code; null without variants */
  ColorCode?: string | null;
  /** Size; null without sizes */
  ItemDim1Code?: string | null;
  /** Quantity (a decimal: metres, kilograms) */
  Qty1?: number | null;
  /** Line amount without VAT */
  NetAmount?: string | null;
  [key: string]: unknown;
}

/** Parameters of `tedbul.codes.list`. */
export interface TedbulCodesListParams {
}

/** Result of `tedbul.codes.list`. Open: the vendor's other fields pass through. */
export interface TedbulCodesListResult {
  /** Order status codes (orderStatus) */
  order_status: Json;
  /** Ad status codes (status, adsStatus) */
  ad_status: Json;
  /** Integration report types (messageType) */
  message_type: Json;
  [key: string]: unknown;
}

/** Parameters of `tedbul.auth.login`. */
export interface TedbulAuthLoginParams {
}

/** Result of `tedbul.auth.login`. Open: the vendor's other fields pass through. */
export interface TedbulAuthLoginResult {
  /** Always true */
  authenticated: Json;
  /** When the token expires (Unix time in ms; Tedbul tokens last 3 hours) */
  access_expires_ms: number;
  /** Always null: Tedbul has no refresh token */
  refresh_expires_ms?: Json;
  [key: string]: unknown;
}

/** Parameters of `tedbul.orders.sold.list`. */
export interface TedbulOrdersSoldListParams {
  /** Page number, from 1 */
  page?: number;
  /** Orders per page (default 50) */
  show?: number;
  /** First order date, YYYY-MM-DD (Tedbul's default: one month before today) */
  startDate?: string;
  /** Last order date, YYYY-MM-DD (Tedbul's default: today) */
  endDate?: string;
  /** Only orders in this status (codes: order_status); every status when absent */
  orderStatus?: 0 | 1 | 2 | 3 | 4 | 6 | 8;
}

/** One item of `tedbul.orders.sold.list`. Open: the vendor's other fields pass through. */
export interface TedbulOrdersSoldListItem {
  /** Order id */
  orderId: string;
  /** Order number */
  orderCode?: string | null;
  /** Order date and time, YYYY-MM-DD HH:MM:SS */
  orderDate?: string | null;
  /** Status code (codes: order_status) */
  orderStatus?: number | null;
  /** Status label (Turkish) */
  orderStatusText?: string | null;
  /** The buyer's note */
  orderNote?: string | null;
  /** Cancellation reason */
  cancelNote?: string | null;
  /** Order amount */
  orderPrice?: string | null;
  /** Refunded amount */
  orderRefundPrice?: string | null;
  /** Parcel volume in desi */
  orderCargoDesi?: number | null;
  /** Cargo company id */
  orderCargoCompanyId?: string | null;
  /** Cargo company name */
  orderCargoCompanyText?: string | null;
  /** Buyer's member id */
  buyerId?: string | null;
  /** Buyer's username */
  buyerUsername?: string | null;
  /** Seller's member id */
  sellerId?: string | null;
  /** Seller's username */
  sellerUsername?: string | null;
  /** Cargo shipment code */
  shippingCargoCode?: string | null;
  /** Cargo tracking code */
  sendFollowCargoCode?: string | null;
  /** Return cargo tracking code */
  refundFollowCargoCode?: string | null;
  /** When the shipment was created, YYYY-MM-DD HH:MM:SS */
  cargoRequestDate?: string | null;
  /** When it was delivered, YYYY-MM-DD HH:MM:SS */
  cargoDeliveryDate?: string | null;
  /** Buyer's full name (sold orders) */
  buyerFullName?: string | null;
  /** Buyer's invoice title */
  buyerInvoiceCompanyName?: string | null;
  /** Buyer's phone number */
  buyerInvoicePhone?: string | null;
  /** Buyer's email */
  buyerInvoiceEmail?: string | null;
  /** Buyer's tax number or T.C. identity number */
  buyerInvoiceTaxOrTcNo?: string | null;
  /** Buyer's tax office */
  buyerInvoiceTaxOffice?: string | null;
  /** Invoice address */
  buyerInvoiceAddress?: string | null;
  /** Invoice province (il) */
  buyerInvoiceCity?: string | null;
  /** Invoice district (ilçe) */
  buyerInvoiceTown?: string | null;
  /** Delivery address */
  buyerDeliveryAddress?: string | null;
  /** Delivery province (il; the seed swaps the two labels) */
  buyerDeliveryCity?: string | null;
  /** Delivery district (ilçe) */
  buyerDeliveryTown?: string | null;
  /** The order lines */
  orderProducts?: TedbulOrdersSoldListItemOrderProducts[] | null;
  [key: string]: unknown;
}

/** The order lines (`orderProducts` of `TedbulOrdersSoldListItem`). Open: the vendor's other fields pass through. */
export interface TedbulOrdersSoldListItemOrderProducts {
  /** Order line id: what tedbul.orders.confirm names */
  penId?: string | null;
  /** The line's product id ("integer Ürün ID"), the id sold lines carry in the seed */
  orderProductId?: string | null;
  /** Product name */
  orderProductName?: string | null;
  /** Product barcode */
  orderProductBarcode?: string | null;
  /** VAT rate in percent */
  orderProductVAT?: number | null;
  /** Expiry date (miad) of the goods */
  orderProductExpiration?: string | null;
  /** Quantity ordered */
  orderQty?: number | null;
  /** Quantity the seller approved */
  orderApprovedQty?: number | null;
  /** Line total as ordered */
  orderTotalPrice?: string | null;
  /** Unit price */
  orderProductPrice?: string | null;
  /** Line total as approved */
  orderApprovedPrice?: string | null;
  /** Refunded amount */
  orderRefundPrice?: string | null;
  [key: string]: unknown;
}

/** Parameters of `tedbul.orders.sold.get`. */
export interface TedbulOrdersSoldGetParams {
  /** Order id (orderId) */
  id: number;
}

/** Result of `tedbul.orders.sold.get`. Open: the vendor's other fields pass through. */
export interface TedbulOrdersSoldGetResult {
  /** Order id */
  orderId: string;
  /** Order number */
  orderCode?: string | null;
  /** Order date and time, YYYY-MM-DD HH:MM:SS */
  orderDate?: string | null;
  /** Status code (codes: order_status) */
  orderStatus?: number | null;
  /** Status label (Turkish) */
  orderStatusText?: string | null;
  /** The buyer's note */
  orderNote?: string | null;
  /** Cancellation reason */
  cancelNote?: string | null;
  /** Order amount */
  orderPrice?: string | null;
  /** Refunded amount */
  orderRefundPrice?: string | null;
  /** Parcel volume in desi */
  orderCargoDesi?: number | null;
  /** Cargo company id */
  orderCargoCompanyId?: string | null;
  /** Cargo company name */
  orderCargoCompanyText?: string | null;
  /** Buyer's member id */
  buyerId?: string | null;
  /** Buyer's username */
  buyerUsername?: string | null;
  /** Seller's member id */
  sellerId?: string | null;
  /** Seller's username */
  sellerUsername?: string | null;
  /** Cargo shipment code */
  shippingCargoCode?: string | null;
  /** Cargo tracking code */
  sendFollowCargoCode?: string | null;
  /** Return cargo tracking code */
  refundFollowCargoCode?: string | null;
  /** When the shipment was created, YYYY-MM-DD HH:MM:SS */
  cargoRequestDate?: string | null;
  /** When it was delivered, YYYY-MM-DD HH:MM:SS */
  cargoDeliveryDate?: string | null;
  /** Buyer's full name (sold orders) */
  buyerFullName?: string | null;
  /** Buyer's invoice title */
  buyerInvoiceCompanyName?: string | null;
  /** Buyer's phone number */
  buyerInvoicePhone?: string | null;
  /** Buyer's email */
  buyerInvoiceEmail?: string | null;
  /** Buyer's tax number or T.C. identity number */
  buyerInvoiceTaxOrTcNo?: string | null;
  /** Buyer's tax office */
  buyerInvoiceTaxOffice?: string | null;
  /** Invoice address */
  buyerInvoiceAddress?: string | null;
  /** Invoice province (il) */
  buyerInvoiceCity?: string | null;
  /** Invoice district (ilçe) */
  buyerInvoiceTown?: string | null;
  /** Delivery address */
  buyerDeliveryAddress?: string | null;
  /** Delivery province (il; the seed swaps the two labels) */
  buyerDeliveryCity?: string | null;
  /** Delivery district (ilçe) */
  buyerDeliveryTown?: string | null;
  /** The order lines */
  orderProducts?: TedbulOrdersSoldGetResultOrderProducts[] | null;
  [key: string]: unknown;
}

/** The order lines (`orderProducts` of `TedbulOrdersSoldGetResult`). Open: the vendor's other fields pass through. */
export interface TedbulOrdersSoldGetResultOrderProducts {
  /** Order line id: what tedbul.orders.confirm names */
  penId?: string | null;
  /** The line's product id ("integer Ürün ID"), the id sold lines carry in the seed */
  orderProductId?: string | null;
  /** Product name */
  orderProductName?: string | null;
  /** Product barcode */
  orderProductBarcode?: string | null;
  /** VAT rate in percent */
  orderProductVAT?: number | null;
  /** Expiry date (miad) of the goods */
  orderProductExpiration?: string | null;
  /** Quantity ordered */
  orderQty?: number | null;
  /** Quantity the seller approved */
  orderApprovedQty?: number | null;
  /** Line total as ordered */
  orderTotalPrice?: string | null;
  /** Unit price */
  orderProductPrice?: string | null;
  /** Line total as approved */
  orderApprovedPrice?: string | null;
  /** Refunded amount */
  orderRefundPrice?: string | null;
  [key: string]: unknown;
}

/** Parameters of `tedbul.orders.confirm`. */
export interface TedbulOrdersConfirmParams {
  /** Order id */
  orderId: number;
  /** The lines to approve, each once */
  products: readonly TedbulOrdersConfirmParamsProducts[];
}

/** The lines to approve, each once (`products` of `TedbulOrdersConfirmParams`) */
export interface TedbulOrdersConfirmParamsProducts {
  /** Order line id (penId of orderProducts) */
  penId: number;
  /** Quantity approved for the line, from 0 up to the quantity ordered */
  approvedQty: number;
}

/** Result of `tedbul.orders.confirm`. Open: the vendor's other fields pass through. */
export interface TedbulOrdersConfirmResult {
  /** Order id */
  orderId: string;
  /** Order number */
  orderCode?: string | null;
  /** Order date and time, YYYY-MM-DD HH:MM:SS */
  orderDate?: string | null;
  /** Status code (codes: order_status) */
  orderStatus?: number | null;
  /** Status label (Turkish) */
  orderStatusText?: string | null;
  /** The buyer's note */
  orderNote?: string | null;
  /** Cancellation reason */
  cancelNote?: string | null;
  /** Order amount */
  orderPrice?: string | null;
  /** Refunded amount */
  orderRefundPrice?: string | null;
  /** Parcel volume in desi */
  orderCargoDesi?: number | null;
  /** Cargo company id */
  orderCargoCompanyId?: string | null;
  /** Cargo company name */
  orderCargoCompanyText?: string | null;
  /** Buyer's member id */
  buyerId?: string | null;
  /** Buyer's username */
  buyerUsername?: string | null;
  /** Seller's member id */
  sellerId?: string | null;
  /** Seller's username */
  sellerUsername?: string | null;
  /** Cargo shipment code */
  shippingCargoCode?: string | null;
  /** Cargo tracking code */
  sendFollowCargoCode?: string | null;
  /** Return cargo tracking code */
  refundFollowCargoCode?: string | null;
  /** When the shipment was created, YYYY-MM-DD HH:MM:SS */
  cargoRequestDate?: string | null;
  /** When it was delivered, YYYY-MM-DD HH:MM:SS */
  cargoDeliveryDate?: string | null;
  /** Buyer's full name (sold orders) */
  buyerFullName?: string | null;
  /** Buyer's invoice title */
  buyerInvoiceCompanyName?: string | null;
  /** Buyer's phone number */
  buyerInvoicePhone?: string | null;
  /** Buyer's email */
  buyerInvoiceEmail?: string | null;
  /** Buyer's tax number or T.C. identity number */
  buyerInvoiceTaxOrTcNo?: string | null;
  /** Buyer's tax office */
  buyerInvoiceTaxOffice?: string | null;
  /** Invoice address */
  buyerInvoiceAddress?: string | null;
  /** Invoice province (il) */
  buyerInvoiceCity?: string | null;
  /** Invoice district (ilçe) */
  buyerInvoiceTown?: string | null;
  /** Delivery address */
  buyerDeliveryAddress?: string | null;
  /** Delivery province (il; the seed swaps the two labels) */
  buyerDeliveryCity?: string | null;
  /** Delivery district (ilçe) */
  buyerDeliveryTown?: string | null;
  /** The order lines */
  orderProducts?: TedbulOrdersConfirmResultOrderProducts[] | null;
  [key: string]: unknown;
}

/** The order lines (`orderProducts` of `TedbulOrdersConfirmResult`). Open: the vendor's other fields pass through. */
export interface TedbulOrdersConfirmResultOrderProducts {
  /** Order line id: what tedbul.orders.confirm names */
  penId?: string | null;
  /** The line's product id ("integer Ürün ID"), the id sold lines carry in the seed */
  orderProductId?: string | null;
  /** Product name */
  orderProductName?: string | null;
  /** Product barcode */
  orderProductBarcode?: string | null;
  /** VAT rate in percent */
  orderProductVAT?: number | null;
  /** Expiry date (miad) of the goods */
  orderProductExpiration?: string | null;
  /** Quantity ordered */
  orderQty?: number | null;
  /** Quantity the seller approved */
  orderApprovedQty?: number | null;
  /** Line total as ordered */
  orderTotalPrice?: string | null;
  /** Unit price */
  orderProductPrice?: string | null;
  /** Line total as approved */
  orderApprovedPrice?: string | null;
  /** Refunded amount */
  orderRefundPrice?: string | null;
  [key: string]: unknown;
}

/** Parameters of `tedbul.orders.purchased.list`. */
export interface TedbulOrdersPurchasedListParams {
  /** Page number, from 1 */
  page?: number;
  /** Orders per page (default 50) */
  show?: number;
  /** First order date, YYYY-MM-DD (Tedbul's default: one month before today) */
  startDate?: string;
  /** Last order date, YYYY-MM-DD (Tedbul's default: today) */
  endDate?: string;
  /** Only orders in this status (codes: order_status); every status when absent */
  orderStatus?: 0 | 1 | 2 | 3 | 4 | 6 | 8;
}

/** One item of `tedbul.orders.purchased.list`. Open: the vendor's other fields pass through. */
export interface TedbulOrdersPurchasedListItem {
  /** Order id */
  orderId: string;
  /** Order number */
  orderCode?: string | null;
  /** Order date and time, YYYY-MM-DD HH:MM:SS */
  orderDate?: string | null;
  /** Status code (codes: order_status) */
  orderStatus?: number | null;
  /** Status label (Turkish) */
  orderStatusText?: string | null;
  /** The buyer's note */
  orderNote?: string | null;
  /** Cancellation reason */
  cancelNote?: string | null;
  /** Order amount */
  orderPrice?: string | null;
  /** Refunded amount */
  orderRefundPrice?: string | null;
  /** Parcel volume in desi */
  orderCargoDesi?: number | null;
  /** Cargo company id */
  orderCargoCompanyId?: string | null;
  /** Cargo company name */
  orderCargoCompanyText?: string | null;
  /** Buyer's member id */
  buyerId?: string | null;
  /** Buyer's username */
  buyerUsername?: string | null;
  /** Seller's member id */
  sellerId?: string | null;
  /** Seller's username */
  sellerUsername?: string | null;
  /** Cargo shipment code */
  shippingCargoCode?: string | null;
  /** Cargo tracking code */
  sendFollowCargoCode?: string | null;
  /** Return cargo tracking code */
  refundFollowCargoCode?: string | null;
  /** When the shipment was created, YYYY-MM-DD HH:MM:SS */
  cargoRequestDate?: string | null;
  /** When it was delivered, YYYY-MM-DD HH:MM:SS */
  cargoDeliveryDate?: string | null;
  /** Buyer's full name (sold orders) */
  buyerFullName?: string | null;
  /** Buyer's invoice title */
  buyerInvoiceCompanyName?: string | null;
  /** Buyer's phone number */
  buyerInvoicePhone?: string | null;
  /** Buyer's email */
  buyerInvoiceEmail?: string | null;
  /** Buyer's tax number or T.C. identity number */
  buyerInvoiceTaxOrTcNo?: string | null;
  /** Buyer's tax office */
  buyerInvoiceTaxOffice?: string | null;
  /** Invoice address */
  buyerInvoiceAddress?: string | null;
  /** Invoice province (il) */
  buyerInvoiceCity?: string | null;
  /** Invoice district (ilçe) */
  buyerInvoiceTown?: string | null;
  /** Delivery address */
  buyerDeliveryAddress?: string | null;
  /** Delivery province (il; the seed swaps the two labels) */
  buyerDeliveryCity?: string | null;
  /** Delivery district (ilçe) */
  buyerDeliveryTown?: string | null;
  /** The order lines */
  orderProducts?: TedbulOrdersPurchasedListItemOrderProducts[] | null;
  [key: string]: unknown;
}

/** The order lines (`orderProducts` of `TedbulOrdersPurchasedListItem`). Open: the vendor's other fields pass through. */
export interface TedbulOrdersPurchasedListItemOrderProducts {
  /** Order line id: what tedbul.orders.confirm names */
  penId?: string | null;
  /** The line's product id ("integer Ürün ID"), the id sold lines carry in the seed */
  orderProductId?: string | null;
  /** Product name */
  orderProductName?: string | null;
  /** Product barcode */
  orderProductBarcode?: string | null;
  /** VAT rate in percent */
  orderProductVAT?: number | null;
  /** Expiry date (miad) of the goods */
  orderProductExpiration?: string | null;
  /** Quantity ordered */
  orderQty?: number | null;
  /** Quantity the seller approved */
  orderApprovedQty?: number | null;
  /** Line total as ordered */
  orderTotalPrice?: string | null;
  /** Unit price */
  orderProductPrice?: string | null;
  /** Line total as approved */
  orderApprovedPrice?: string | null;
  /** Refunded amount */
  orderRefundPrice?: string | null;
  [key: string]: unknown;
}

/** Parameters of `tedbul.orders.purchased.get`. */
export interface TedbulOrdersPurchasedGetParams {
  /** Order id (orderId) */
  id: number;
}

/** Result of `tedbul.orders.purchased.get`. Open: the vendor's other fields pass through. */
export interface TedbulOrdersPurchasedGetResult {
  /** Order id */
  orderId: string;
  /** Order number */
  orderCode?: string | null;
  /** Order date and time, YYYY-MM-DD HH:MM:SS */
  orderDate?: string | null;
  /** Status code (codes: order_status) */
  orderStatus?: number | null;
  /** Status label (Turkish) */
  orderStatusText?: string | null;
  /** The buyer's note */
  orderNote?: string | null;
  /** Cancellation reason */
  cancelNote?: string | null;
  /** Order amount */
  orderPrice?: string | null;
  /** Refunded amount */
  orderRefundPrice?: string | null;
  /** Parcel volume in desi */
  orderCargoDesi?: number | null;
  /** Cargo company id */
  orderCargoCompanyId?: string | null;
  /** Cargo company name */
  orderCargoCompanyText?: string | null;
  /** Buyer's member id */
  buyerId?: string | null;
  /** Buyer's username */
  buyerUsername?: string | null;
  /** Seller's member id */
  sellerId?: string | null;
  /** Seller's username */
  sellerUsername?: string | null;
  /** Cargo shipment code */
  shippingCargoCode?: string | null;
  /** Cargo tracking code */
  sendFollowCargoCode?: string | null;
  /** Return cargo tracking code */
  refundFollowCargoCode?: string | null;
  /** When the shipment was created, YYYY-MM-DD HH:MM:SS */
  cargoRequestDate?: string | null;
  /** When it was delivered, YYYY-MM-DD HH:MM:SS */
  cargoDeliveryDate?: string | null;
  /** Buyer's full name (sold orders) */
  buyerFullName?: string | null;
  /** Buyer's invoice title */
  buyerInvoiceCompanyName?: string | null;
  /** Buyer's phone number */
  buyerInvoicePhone?: string | null;
  /** Buyer's email */
  buyerInvoiceEmail?: string | null;
  /** Buyer's tax number or T.C. identity number */
  buyerInvoiceTaxOrTcNo?: string | null;
  /** Buyer's tax office */
  buyerInvoiceTaxOffice?: string | null;
  /** Invoice address */
  buyerInvoiceAddress?: string | null;
  /** Invoice province (il) */
  buyerInvoiceCity?: string | null;
  /** Invoice district (ilçe) */
  buyerInvoiceTown?: string | null;
  /** Delivery address */
  buyerDeliveryAddress?: string | null;
  /** Delivery province (il; the seed swaps the two labels) */
  buyerDeliveryCity?: string | null;
  /** Delivery district (ilçe) */
  buyerDeliveryTown?: string | null;
  /** The order lines */
  orderProducts?: TedbulOrdersPurchasedGetResultOrderProducts[] | null;
  [key: string]: unknown;
}

/** The order lines (`orderProducts` of `TedbulOrdersPurchasedGetResult`). Open: the vendor's other fields pass through. */
export interface TedbulOrdersPurchasedGetResultOrderProducts {
  /** Order line id: what tedbul.orders.confirm names */
  penId?: string | null;
  /** The line's product id ("integer Ürün ID"), the id sold lines carry in the seed */
  orderProductId?: string | null;
  /** Product name */
  orderProductName?: string | null;
  /** Product barcode */
  orderProductBarcode?: string | null;
  /** VAT rate in percent */
  orderProductVAT?: number | null;
  /** Expiry date (miad) of the goods */
  orderProductExpiration?: string | null;
  /** Quantity ordered */
  orderQty?: number | null;
  /** Quantity the seller approved */
  orderApprovedQty?: number | null;
  /** Line total as ordered */
  orderTotalPrice?: string | null;
  /** Unit price */
  orderProductPrice?: string | null;
  /** Line total as approved */
  orderApprovedPrice?: string | null;
  /** Refunded amount */
  orderRefundPrice?: string | null;
  [key: string]: unknown;
}

/** Parameters of `tedbul.ads.create`. */
export interface TedbulAdsCreateParams {
  /** Product barcode (identifies the product; an unknown one is added to the catalogue) */
  productBarcode: string | number;
  /** Product name */
  productName: string;
  /** Maximum sale quantity (createAds only: the update tables of seed 002 have none) */
  maxSellQty?: number;
  /** Expiry date (miad) YYYY-MM-DD */
  expiration?: string;
  /** Stock, at least 3 */
  stock: number;
  /** Price; sent as "10,50" */
  price: string | number;
  /** Market sale price (piyasa satış fiyatı) */
  psf?: string | number;
  /** Description, at most 255 characters */
  description?: string;
  /** Featured ad: 0 or 1 */
  featured?: 0 | 1 | boolean;
  /** Minimum sale quantity */
  minSellQty?: number;
  /** Multiple (katlı) sale quantity */
  levelOfSales?: number;
  /** Special code */
  specialcode?: string;
  /** 1 active, 2 passive (codes: ad_status) */
  status?: 1 | 2;
}

/** Result of `tedbul.ads.create`. Open: the vendor's other fields pass through. */
export interface TedbulAdsCreateResult {
  /** Ad id */
  adsId: string;
  /** Tedbul product id */
  productId?: string | null;
  /** Product name */
  productName?: string | null;
  /** The product's barcodes */
  barcodes?: string[] | null;
  /** Price */
  price?: string | null;
  /** Market sale price (piyasa satış fiyatı) */
  psf?: string | null;
  /** Stock (Tedbul lists it as text; returned as an integer) */
  stock?: number | null;
  /** Minimum sale quantity */
  minSellQty?: number | null;
  /** Maximum sale quantity */
  maxSellQty?: number | null;
  /** Multiple (katlı) sale quantity */
  levelOfSales?: number | null;
  /** Description */
  description?: string | null;
  /** Expiry date (miad) */
  expiration?: string | null;
  /** Featured ad: 0 or 1 */
  featured?: number | null;
  /** 1 active, 2 passive (codes: ad_status) */
  status?: number | null;
  /** Special code */
  specialcode?: string | null;
  [key: string]: unknown;
}

/** Parameters of `tedbul.ads.update`. */
export interface TedbulAdsUpdateParams {
  /** Ad id (adsId) */
  id: number;
  /** Product barcode */
  productBarcode?: string | number;
  /** Expiry date (miad) YYYY-MM-DD */
  expiration?: string;
  /** Stock, at least 3 */
  stock: number;
  /** Price; sent as "10,50" */
  price: string | number;
  /** Market sale price (piyasa satış fiyatı) */
  psf?: string | number;
  /** Description, at most 255 characters */
  description?: string;
  /** Featured ad: 0 or 1 */
  featured?: 0 | 1 | boolean;
  /** Minimum sale quantity */
  minSellQty?: number;
  /** Multiple (katlı) sale quantity */
  levelOfSales?: number;
  /** Special code */
  specialcode?: string;
  /** 1 active, 2 passive (codes: ad_status) */
  status?: 1 | 2;
}

/** Result of `tedbul.ads.update`. Open: the vendor's other fields pass through. */
export interface TedbulAdsUpdateResult {
  /** Ad id */
  adsId: string;
  /** Tedbul product id */
  productId?: string | null;
  /** Product name */
  productName?: string | null;
  /** The product's barcodes */
  barcodes?: string[] | null;
  /** Price */
  price?: string | null;
  /** Market sale price (piyasa satış fiyatı) */
  psf?: string | null;
  /** Stock (Tedbul lists it as text; returned as an integer) */
  stock?: number | null;
  /** Minimum sale quantity */
  minSellQty?: number | null;
  /** Maximum sale quantity */
  maxSellQty?: number | null;
  /** Multiple (katlı) sale quantity */
  levelOfSales?: number | null;
  /** Description */
  description?: string | null;
  /** Expiry date (miad) */
  expiration?: string | null;
  /** Featured ad: 0 or 1 */
  featured?: number | null;
  /** 1 active, 2 passive (codes: ad_status) */
  status?: number | null;
  /** Special code */
  specialcode?: string | null;
  [key: string]: unknown;
}

/** Parameters of `tedbul.ads.update_many`. */
export interface TedbulAdsUpdateManyParams {
  /** Ads to update, at most 100 per request */
  adsList: readonly TedbulAdsUpdateManyParamsAdsList[];
}

/** Ads to update, at most 100 per request (`adsList` of `TedbulAdsUpdateManyParams`) */
export interface TedbulAdsUpdateManyParamsAdsList {
  /** Ad id (adsId) */
  id: number;
  /** Product barcode */
  productBarcode?: string | number;
  /** Expiry date (miad) YYYY-MM-DD */
  expiration?: string;
  /** Stock, at least 3 */
  stock: number;
  /** Price; sent as "10,50" */
  price: string | number;
  /** Market sale price (piyasa satış fiyatı) */
  psf?: string | number;
  /** Description, at most 255 characters */
  description?: string;
  /** Featured ad: 0 or 1 */
  featured?: 0 | 1 | boolean;
  /** Minimum sale quantity */
  minSellQty?: number;
  /** Multiple (katlı) sale quantity */
  levelOfSales?: number;
  /** Special code */
  specialcode?: string;
  /** 1 active, 2 passive (codes: ad_status) */
  status?: 1 | 2;
}

/** Result of `tedbul.ads.update_many`. Open: the vendor's other fields pass through. */
export interface TedbulAdsUpdateManyResult {
  /** Ads updated */
  successCount: number;
  /** Ads refused */
  errorCount: number;
  [key: string]: unknown;
}

/** Parameters of `tedbul.ads.delete`. */
export interface TedbulAdsDeleteParams {
  /** Ad id (adsId) */
  id: number;
}

/** Result of `tedbul.ads.delete`. Open: the vendor's other fields pass through. */
export interface TedbulAdsDeleteResult {
  /** Tedbul's code (200) */
  code: number;
  /** Tedbul's message ("ok") */
  message: string;
  [key: string]: unknown;
}

/** Parameters of `tedbul.ads.list`. */
export interface TedbulAdsListParams {
  /** Page number, from 1 */
  page?: number;
  /** Ads per page (default 50) */
  show?: number;
  /** 1 active, 2 passive */
  adsStatus?: 1 | 2;
}

/** One item of `tedbul.ads.list`. Open: the vendor's other fields pass through. */
export interface TedbulAdsListItem {
  /** Ad id */
  adsId: string;
  /** Tedbul product id */
  productId?: string | null;
  /** Product name */
  productName?: string | null;
  /** The product's barcodes */
  barcodes?: string[] | null;
  /** Price */
  price?: string | null;
  /** Market sale price (piyasa satış fiyatı) */
  psf?: string | null;
  /** Stock (Tedbul lists it as text; returned as an integer) */
  stock?: number | null;
  /** Minimum sale quantity */
  minSellQty?: number | null;
  /** Maximum sale quantity */
  maxSellQty?: number | null;
  /** Multiple (katlı) sale quantity */
  levelOfSales?: number | null;
  /** Description */
  description?: string | null;
  /** Expiry date (miad) */
  expiration?: string | null;
  /** Featured ad: 0 or 1 */
  featured?: number | null;
  /** 1 active, 2 passive (codes: ad_status) */
  status?: number | null;
  /** Special code */
  specialcode?: string | null;
  [key: string]: unknown;
}

/** Parameters of `tedbul.ads.get`. */
export interface TedbulAdsGetParams {
  /** Ad id (adsId) */
  id: number;
}

/** Result of `tedbul.ads.get`. Open: the vendor's other fields pass through. */
export interface TedbulAdsGetResult {
  /** Ad id */
  adsId: string;
  /** Tedbul product id */
  productId?: string | null;
  /** Product name */
  productName?: string | null;
  /** The product's barcodes */
  barcodes?: string[] | null;
  /** Price */
  price?: string | null;
  /** Market sale price (piyasa satış fiyatı) */
  psf?: string | null;
  /** Stock (Tedbul lists it as text; returned as an integer) */
  stock?: number | null;
  /** Minimum sale quantity */
  minSellQty?: number | null;
  /** Maximum sale quantity */
  maxSellQty?: number | null;
  /** Multiple (katlı) sale quantity */
  levelOfSales?: number | null;
  /** Description */
  description?: string | null;
  /** Expiry date (miad) */
  expiration?: string | null;
  /** Featured ad: 0 or 1 */
  featured?: number | null;
  /** 1 active, 2 passive (codes: ad_status) */
  status?: number | null;
  /** Special code */
  specialcode?: string | null;
  [key: string]: unknown;
}

/** Parameters of `tedbul.products.search`. */
export interface TedbulProductsSearchParams {
  /** A product name (or part of it) or a barcode; optional in seed 002 */
  nameOrBarcode?: string | number;
}

/** Result of `tedbul.products.search`. Open: the vendor's other fields pass through. */
export interface TedbulProductsSearchResult {
  /** The matching catalogue products */
  items: TedbulProductsSearchResultItems[];
  [key: string]: unknown;
}

/** The matching catalogue products (`items` of `TedbulProductsSearchResult`). Open: the vendor's other fields pass through. */
export interface TedbulProductsSearchResultItems {
  /** Tedbul product id */
  id: string;
  /** Product name */
  name?: string | null;
  /** Brand id */
  brand?: string | null;
  /** The product's barcodes */
  barcodes?: string[] | null;
  /** Picture URL */
  image?: string | null;
  /** VAT rate in percent */
  kdv?: number | null;
  /** Lowest price among the product's ads */
  minimumListPrice?: string | null;
  [key: string]: unknown;
}

/** Parameters of `tedbul.user.integration_data`. */
export interface TedbulUserIntegrationDataParams {
  /** What the integration run did */
  message: string;
  /** 1 failed, 2 succeeded (codes: message_type) */
  messageType: 1 | 2;
  /** How many ads the run handled */
  totalAds: number;
  /** How many of them were saved */
  pullAds: number;
}

/** Result of `tedbul.user.integration_data`. Open: the vendor's other fields pass through. */
export interface TedbulUserIntegrationDataResult {
  /** Tedbul's code (200) */
  code: number;
  /** Tedbul's message ("ok") */
  message: string;
  [key: string]: unknown;
}

/** Parameters of `map.entegra.products`. */
export interface MapEntegraProductsParams {
  /** ERP products: items of erp.products.list (every page) */
  products: readonly MapEntegraProductsParamsProducts[];
  /** ERP stock records: items of erp.inventory.list (every page) */
  inventory?: readonly MapEntegraProductsParamsInventory[];
  /** Mapping options */
  options?: MapEntegraProductsParamsOptions;
}

/** ERP products: items of erp.products.list (every page) (`products` of `MapEntegraProductsParams`). Open: the vendor's other fields pass through. */
export interface MapEntegraProductsParamsProducts {
  /** Item code (Entegra productCode) */
  ItemCode: string | number;
  /** Item name (productName) */
  ItemDescription?: string;
  /** Item type (1 Ürün …) */
  ItemTypeCode?: unknown;
  /** Sale price */
  SalePrice?: string | number;
  /** Purchase price */
  PurchasePrice?: string | number;
  /** VAT rate in percent */
  TaxRate?: number;
  /** Blocked items are passive on the marketplace */
  IsBlocked?: 0 | 1 | boolean;
  /** Colour/size variants */
  Variants?: readonly MapEntegraProductsParamsProductsVariants[];
  [key: string]: unknown;
}

/** Colour/size variants (`Variants` of `MapEntegraProductsParamsProducts`). Open: the vendor's other fields pass through. */
export interface MapEntegraProductsParamsProductsVariants {
  /** Colour code */
  ColorCode?: string | number;
  /** Colour name (the Renk spec) */
  ColorDescription?: string;
  /** Size (the Beden spec) */
  ItemDim1Code?: string | number;
  /** Variant barcode */
  Barcode?: string | number;
  [key: string]: unknown;
}

/** ERP stock records: items of erp.inventory.list (every page) (`inventory` of `MapEntegraProductsParams`). Open: the vendor's other fields pass through. */
export interface MapEntegraProductsParamsInventory {
  /** Warehouse */
  WarehouseCode?: string | number;
  /** Item code */
  ItemCode: string | number;
  /** Colour code */
  ColorCode?: string | number;
  /** Size */
  ItemDim1Code?: string | number;
  /** Stock (may be fractional or negative; the sum is rounded down, never below 0) */
  InventoryQty1: unknown;
  [key: string]: unknown;
}

/** Mapping options (`options` of `MapEntegraProductsParams`) */
export interface MapEntegraProductsParamsOptions {
  /** Warehouses whose stock counts (default: all) */
  warehouses?: readonly string[];
  /** The ERP product field the price is read from (default `"SalePrice"`) */
  price_field?: string;
  /** 1 when the ERP price field includes VAT (default `1`) */
  erp_prices_include_vat?: 0 | 1 | boolean;
  /** 1 when the marketplace gets VAT-inclusive prices; when the two flags differ, TaxRate is added or removed (rounded half up to 2 decimals) (default `1`) */
  marketplace_prices_include_vat?: 0 | 1 | boolean;
  /** Entegra variation productCode; placeholders {ItemCode} {ColorCode} {ItemDim1Code} {Barcode}, empty parts dropped with the text before them (default `"{ItemCode}-{ColorCode}-{ItemDim1Code}"`) */
  variant_code_template?: string;
  /** The Entegra price field the price goes to (default `"price1"`) */
  price_code?: string;
  /** The ERP field with the barcode of a product without variants (default `"Barcode"`) */
  barcode_field?: string;
  /** Tedbul: a fixed expiry date */
  expiration?: string;
  /** Tedbul: the ERP product field with the expiry date (wins over expiration) */
  expiration_field?: string;
}

/** Result of `map.entegra.products`. */
export interface MapEntegraProductsResult {
  /** entegra.products.create items (send at most 50 per request) */
  list: Json[];
  /** Products and variants that could not be mapped, with the reason */
  skipped: MapEntegraProductsResultSkipped[];
  /** Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0 */
  warnings: MapEntegraProductsResultWarnings[];
}

/** Products and variants that could not be mapped, with the reason (`skipped` of `MapEntegraProductsResult`) */
export interface MapEntegraProductsResultSkipped {
  /** productCode / barcode (or ItemCode) */
  key: string;
  /** Where it is in the params */
  path: string;
  /** Why it was left out */
  reason: string;
}

/** Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0 (`warnings` of `MapEntegraProductsResult`) */
export interface MapEntegraProductsResultWarnings {
  /** The ERP ItemCode */
  item: string;
  /** The variant's ColorCode ("" without variants) */
  color: string;
  /** The variant's ItemDim1Code ("" when none) */
  size: string;
  /** Where the product or variant is in the params */
  path: string;
  /** The ERP stock summed over the warehouses: exact dot-decimal text, like money */
  erp: string;
  /** The whole units the marketplace gets */
  sent: number;
  /** rounded_down (a fraction: never offer stock the ERP lacks) or negative_as_zero */
  rule: string;
}

/** Parameters of `map.entegra.stock_prices`. */
export interface MapEntegraStockPricesParams {
  /** ERP products: items of erp.products.list (every page) */
  products: readonly MapEntegraStockPricesParamsProducts[];
  /** ERP stock records: items of erp.inventory.list (every page) */
  inventory?: readonly MapEntegraStockPricesParamsInventory[];
  /** Mapping options */
  options?: MapEntegraStockPricesParamsOptions;
}

/** ERP products: items of erp.products.list (every page) (`products` of `MapEntegraStockPricesParams`). Open: the vendor's other fields pass through. */
export interface MapEntegraStockPricesParamsProducts {
  /** Item code (Entegra productCode) */
  ItemCode: string | number;
  /** Item name (productName) */
  ItemDescription?: string;
  /** Item type (1 Ürün …) */
  ItemTypeCode?: unknown;
  /** Sale price */
  SalePrice?: string | number;
  /** Purchase price */
  PurchasePrice?: string | number;
  /** VAT rate in percent */
  TaxRate?: number;
  /** Blocked items are passive on the marketplace */
  IsBlocked?: 0 | 1 | boolean;
  /** Colour/size variants */
  Variants?: readonly MapEntegraStockPricesParamsProductsVariants[];
  [key: string]: unknown;
}

/** Colour/size variants (`Variants` of `MapEntegraStockPricesParamsProducts`). Open: the vendor's other fields pass through. */
export interface MapEntegraStockPricesParamsProductsVariants {
  /** Colour code */
  ColorCode?: string | number;
  /** Colour name (the Renk spec) */
  ColorDescription?: string;
  /** Size (the Beden spec) */
  ItemDim1Code?: string | number;
  /** Variant barcode */
  Barcode?: string | number;
  [key: string]: unknown;
}

/** ERP stock records: items of erp.inventory.list (every page) (`inventory` of `MapEntegraStockPricesParams`). Open: the vendor's other fields pass through. */
export interface MapEntegraStockPricesParamsInventory {
  /** Warehouse */
  WarehouseCode?: string | number;
  /** Item code */
  ItemCode: string | number;
  /** Colour code */
  ColorCode?: string | number;
  /** Size */
  ItemDim1Code?: string | number;
  /** Stock (may be fractional or negative; the sum is rounded down, never below 0) */
  InventoryQty1: unknown;
  [key: string]: unknown;
}

/** Mapping options (`options` of `MapEntegraStockPricesParams`) */
export interface MapEntegraStockPricesParamsOptions {
  /** Warehouses whose stock counts (default: all) */
  warehouses?: readonly string[];
  /** The ERP product field the price is read from (default `"SalePrice"`) */
  price_field?: string;
  /** 1 when the ERP price field includes VAT (default `1`) */
  erp_prices_include_vat?: 0 | 1 | boolean;
  /** 1 when the marketplace gets VAT-inclusive prices; when the two flags differ, TaxRate is added or removed (rounded half up to 2 decimals) (default `1`) */
  marketplace_prices_include_vat?: 0 | 1 | boolean;
  /** Entegra variation productCode; placeholders {ItemCode} {ColorCode} {ItemDim1Code} {Barcode}, empty parts dropped with the text before them (default `"{ItemCode}-{ColorCode}-{ItemDim1Code}"`) */
  variant_code_template?: string;
  /** The Entegra price field the price goes to (default `"price1"`) */
  price_code?: string;
  /** The ERP field with the barcode of a product without variants (default `"Barcode"`) */
  barcode_field?: string;
  /** Tedbul: a fixed expiry date */
  expiration?: string;
  /** Tedbul: the ERP product field with the expiry date (wins over expiration) */
  expiration_field?: string;
}

/** Result of `map.entegra.stock_prices`. */
export interface MapEntegraStockPricesResult {
  /** entegra.products.update_quantity items {productCode, quantity}: products and their variations */
  update_quantity: Json[];
  /** entegra.products.update_prices items {productCode, prices: [{priceCode, priceValue}]}: products (ERP prices are per item) */
  update_prices: Json[];
  /** Products and variants that could not be mapped, with the reason */
  skipped: MapEntegraStockPricesResultSkipped[];
  /** Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0 */
  warnings: MapEntegraStockPricesResultWarnings[];
}

/** Products and variants that could not be mapped, with the reason (`skipped` of `MapEntegraStockPricesResult`) */
export interface MapEntegraStockPricesResultSkipped {
  /** productCode / barcode (or ItemCode) */
  key: string;
  /** Where it is in the params */
  path: string;
  /** Why it was left out */
  reason: string;
}

/** Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0 (`warnings` of `MapEntegraStockPricesResult`) */
export interface MapEntegraStockPricesResultWarnings {
  /** The ERP ItemCode */
  item: string;
  /** The variant's ColorCode ("" without variants) */
  color: string;
  /** The variant's ItemDim1Code ("" when none) */
  size: string;
  /** Where the product or variant is in the params */
  path: string;
  /** The ERP stock summed over the warehouses: exact dot-decimal text, like money */
  erp: string;
  /** The whole units the marketplace gets */
  sent: number;
  /** rounded_down (a fraction: never offer stock the ERP lacks) or negative_as_zero */
  rule: string;
}

/** Parameters of `map.tedbul.ads`. */
export interface MapTedbulAdsParams {
  /** ERP products: items of erp.products.list (every page) */
  products: readonly MapTedbulAdsParamsProducts[];
  /** ERP stock records: items of erp.inventory.list (every page) */
  inventory?: readonly MapTedbulAdsParamsInventory[];
  /** Mapping options */
  options?: MapTedbulAdsParamsOptions;
  /** The marketplace's current listing, when known: every item of entegra.products.list or tedbul.ads.list */
  listing?: readonly ({ [key: string]: unknown })[];
}

/** ERP products: items of erp.products.list (every page) (`products` of `MapTedbulAdsParams`). Open: the vendor's other fields pass through. */
export interface MapTedbulAdsParamsProducts {
  /** Item code (Entegra productCode) */
  ItemCode: string | number;
  /** Item name (productName) */
  ItemDescription?: string;
  /** Item type (1 Ürün …) */
  ItemTypeCode?: unknown;
  /** Sale price */
  SalePrice?: string | number;
  /** Purchase price */
  PurchasePrice?: string | number;
  /** VAT rate in percent */
  TaxRate?: number;
  /** Blocked items are passive on the marketplace */
  IsBlocked?: 0 | 1 | boolean;
  /** Colour/size variants */
  Variants?: readonly MapTedbulAdsParamsProductsVariants[];
  [key: string]: unknown;
}

/** Colour/size variants (`Variants` of `MapTedbulAdsParamsProducts`). Open: the vendor's other fields pass through. */
export interface MapTedbulAdsParamsProductsVariants {
  /** Colour code */
  ColorCode?: string | number;
  /** Colour name (the Renk spec) */
  ColorDescription?: string;
  /** Size (the Beden spec) */
  ItemDim1Code?: string | number;
  /** Variant barcode */
  Barcode?: string | number;
  [key: string]: unknown;
}

/** ERP stock records: items of erp.inventory.list (every page) (`inventory` of `MapTedbulAdsParams`). Open: the vendor's other fields pass through. */
export interface MapTedbulAdsParamsInventory {
  /** Warehouse */
  WarehouseCode?: string | number;
  /** Item code */
  ItemCode: string | number;
  /** Colour code */
  ColorCode?: string | number;
  /** Size */
  ItemDim1Code?: string | number;
  /** Stock (may be fractional or negative; the sum is rounded down, never below 0) */
  InventoryQty1: unknown;
  [key: string]: unknown;
}

/** Mapping options (`options` of `MapTedbulAdsParams`) */
export interface MapTedbulAdsParamsOptions {
  /** Warehouses whose stock counts (default: all) */
  warehouses?: readonly string[];
  /** The ERP product field the price is read from (default `"SalePrice"`) */
  price_field?: string;
  /** 1 when the ERP price field includes VAT (default `1`) */
  erp_prices_include_vat?: 0 | 1 | boolean;
  /** 1 when the marketplace gets VAT-inclusive prices; when the two flags differ, TaxRate is added or removed (rounded half up to 2 decimals) (default `1`) */
  marketplace_prices_include_vat?: 0 | 1 | boolean;
  /** Entegra variation productCode; placeholders {ItemCode} {ColorCode} {ItemDim1Code} {Barcode}, empty parts dropped with the text before them (default `"{ItemCode}-{ColorCode}-{ItemDim1Code}"`) */
  variant_code_template?: string;
  /** The Entegra price field the price goes to (default `"price1"`) */
  price_code?: string;
  /** The ERP field with the barcode of a product without variants (default `"Barcode"`) */
  barcode_field?: string;
  /** Tedbul: a fixed expiry date */
  expiration?: string;
  /** Tedbul: the ERP product field with the expiry date (wins over expiration) */
  expiration_field?: string;
}

/** Result of `map.tedbul.ads`. */
export interface MapTedbulAdsResult {
  /** tedbul.ads.create params, one request each */
  create: Json[];
  /** tedbul.ads.update_many items (with id) of listed ads */
  update: Json[];
  /** tedbul.ads.update_many items making listed ads passive (status 2) */
  deactivate: Json[];
  /** Products and variants that could not be mapped, with the reason */
  skipped: MapTedbulAdsResultSkipped[];
  /** Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0 */
  warnings: MapTedbulAdsResultWarnings[];
}

/** Products and variants that could not be mapped, with the reason (`skipped` of `MapTedbulAdsResult`) */
export interface MapTedbulAdsResultSkipped {
  /** productCode / barcode (or ItemCode) */
  key: string;
  /** Where it is in the params */
  path: string;
  /** Why it was left out */
  reason: string;
}

/** Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0 (`warnings` of `MapTedbulAdsResult`) */
export interface MapTedbulAdsResultWarnings {
  /** The ERP ItemCode */
  item: string;
  /** The variant's ColorCode ("" without variants) */
  color: string;
  /** The variant's ItemDim1Code ("" when none) */
  size: string;
  /** Where the product or variant is in the params */
  path: string;
  /** The ERP stock summed over the warehouses: exact dot-decimal text, like money */
  erp: string;
  /** The whole units the marketplace gets */
  sent: number;
  /** rounded_down (a fraction: never offer stock the ERP lacks) or negative_as_zero */
  rule: string;
}

/** Parameters of `map.entegra.orders_to_erp`. */
export interface MapEntegraOrdersToErpParams {
  /** Marketplace orders: items of entegra.orders.list / tedbul.orders.sold.list */
  orders: readonly ({ [key: string]: unknown })[];
  /** ERP products: items of erp.products.list (every page) */
  products: readonly MapEntegraOrdersToErpParamsProducts[];
  /** Document header and resolution options */
  options: MapEntegraOrdersToErpParamsOptions;
}

/** ERP products: items of erp.products.list (every page) (`products` of `MapEntegraOrdersToErpParams`). Open: the vendor's other fields pass through. */
export interface MapEntegraOrdersToErpParamsProducts {
  /** Item code (Entegra productCode) */
  ItemCode: string | number;
  /** Item name (productName) */
  ItemDescription?: string;
  /** Item type (1 Ürün …) */
  ItemTypeCode?: unknown;
  /** Sale price */
  SalePrice?: string | number;
  /** Purchase price */
  PurchasePrice?: string | number;
  /** VAT rate in percent */
  TaxRate?: number;
  /** Blocked items are passive on the marketplace */
  IsBlocked?: 0 | 1 | boolean;
  /** Colour/size variants */
  Variants?: readonly MapEntegraOrdersToErpParamsProductsVariants[];
  [key: string]: unknown;
}

/** Colour/size variants (`Variants` of `MapEntegraOrdersToErpParamsProducts`). Open: the vendor's other fields pass through. */
export interface MapEntegraOrdersToErpParamsProductsVariants {
  /** Colour code */
  ColorCode?: string | number;
  /** Colour name (the Renk spec) */
  ColorDescription?: string;
  /** Size (the Beden spec) */
  ItemDim1Code?: string | number;
  /** Variant barcode */
  Barcode?: string | number;
  [key: string]: unknown;
}

/** Document header and resolution options (`options` of `MapEntegraOrdersToErpParams`) */
export interface MapEntegraOrdersToErpParamsOptions {
  /** The ERP current account of the marketplace's sales */
  CustomerCode: string | number;
  /** ERP process (R retail, WS wholesale …) (default `"R"`) */
  ProcessCode?: string;
  /** ERP office */
  OfficeCode: string | number;
  /** ERP warehouse */
  WarehouseCode: string | number;
  /** Document currency (default `"TRY"`) */
  DocCurrencyCode?: string;
  /** Entegra: the template the variation productCodes were made with (default `"{ItemCode}-{ColorCode}-{ItemDim1Code}"`) */
  variant_code_template?: string;
  /** Tedbul: the ERP field with the barcode of a product without variants (default `"Barcode"`) */
  barcode_field?: string;
  /** Tedbul: 1 when line prices include VAT (it is removed with the line's rate) (default `1`) */
  prices_include_vat?: 0 | 1 | boolean;
}

/** Result of `map.entegra.orders_to_erp`. */
export interface MapEntegraOrdersToErpResult {
  /** ERP sales orders, one per fully resolved marketplace order */
  documents: MapEntegraOrdersToErpResultDocuments[];
  /** The marketplace order id of each document, in the same order (for entegra.orders.update_erp / tedbul.orders.confirm) */
  sources: string[];
  /** Every line (or order) that could not be resolved; its order has no document */
  unresolved: MapEntegraOrdersToErpResultUnresolved[];
}

/** ERP sales orders, one per fully resolved marketplace order (`documents` of `MapEntegraOrdersToErpResult`) */
export interface MapEntegraOrdersToErpResultDocuments {
  /** The marketplace's order number */
  OrderNumber: string;
  /** Order date */
  OrderDate: string;
  /** The marketplace's order number */
  DocumentNumber: string;
  /** From the options */
  CustomerCode: string;
  /** From the options */
  ProcessCode: string;
  /** From the options */
  OfficeCode: string;
  /** From the options */
  WarehouseCode: string;
  /** From the options */
  DocCurrencyCode: string;
  /** Marketplace, order number and id */
  Description: string;
  /** What the buyer paid for the order's lines: the sum of AmountVI */
  TotalVI: string;
  /** Order lines */
  Lines: MapEntegraOrdersToErpResultDocumentsLines[];
}

/** Order lines (`Lines` of `MapEntegraOrdersToErpResultDocuments`) */
export interface MapEntegraOrdersToErpResultDocumentsLines {
  /** Item type, as in the catalogue */
  ItemTypeCode: Json;
  /** Item code */
  ItemCode: string;
  /** Colour code (null when none) */
  ColorCode: string;
  /** Size (null when none) */
  ItemDim1Code: string;
  /** Quantity */
  Qty1: number;
  /** Unit price with VAT, before discount, as the marketplace charged it */
  PriceVI: string;
  /** The line's discount, with VAT */
  DiscountVI: string;
  /** What the buyer paid for the line: PriceVI × Qty1 − DiscountVI, exactly */
  AmountVI: string;
  /** AmountVI without VAT, rounded half away from zero to 2 decimals */
  NetAmount: string;
  /** AmountVI − NetAmount, exactly */
  VatAmount: string;
  /** VAT rate in percent */
  VatRate: number;
}

/** Every line (or order) that could not be resolved; its order has no document (`unresolved` of `MapEntegraOrdersToErpResult`) */
export interface MapEntegraOrdersToErpResultUnresolved {
  /** The marketplace's order id */
  order: string;
  /** The line's index (null: the order itself) */
  line: number;
  /** Why it cannot be imported */
  reason: string;
}

/** Parameters of `map.tedbul.orders_to_erp`. */
export interface MapTedbulOrdersToErpParams {
  /** Marketplace orders: items of entegra.orders.list / tedbul.orders.sold.list */
  orders: readonly ({ [key: string]: unknown })[];
  /** ERP products: items of erp.products.list (every page) */
  products: readonly MapTedbulOrdersToErpParamsProducts[];
  /** Document header and resolution options */
  options: MapTedbulOrdersToErpParamsOptions;
}

/** ERP products: items of erp.products.list (every page) (`products` of `MapTedbulOrdersToErpParams`). Open: the vendor's other fields pass through. */
export interface MapTedbulOrdersToErpParamsProducts {
  /** Item code (Entegra productCode) */
  ItemCode: string | number;
  /** Item name (productName) */
  ItemDescription?: string;
  /** Item type (1 Ürün …) */
  ItemTypeCode?: unknown;
  /** Sale price */
  SalePrice?: string | number;
  /** Purchase price */
  PurchasePrice?: string | number;
  /** VAT rate in percent */
  TaxRate?: number;
  /** Blocked items are passive on the marketplace */
  IsBlocked?: 0 | 1 | boolean;
  /** Colour/size variants */
  Variants?: readonly MapTedbulOrdersToErpParamsProductsVariants[];
  [key: string]: unknown;
}

/** Colour/size variants (`Variants` of `MapTedbulOrdersToErpParamsProducts`). Open: the vendor's other fields pass through. */
export interface MapTedbulOrdersToErpParamsProductsVariants {
  /** Colour code */
  ColorCode?: string | number;
  /** Colour name (the Renk spec) */
  ColorDescription?: string;
  /** Size (the Beden spec) */
  ItemDim1Code?: string | number;
  /** Variant barcode */
  Barcode?: string | number;
  [key: string]: unknown;
}

/** Document header and resolution options (`options` of `MapTedbulOrdersToErpParams`) */
export interface MapTedbulOrdersToErpParamsOptions {
  /** The ERP current account of the marketplace's sales */
  CustomerCode: string | number;
  /** ERP process (R retail, WS wholesale …) (default `"R"`) */
  ProcessCode?: string;
  /** ERP office */
  OfficeCode: string | number;
  /** ERP warehouse */
  WarehouseCode: string | number;
  /** Document currency (default `"TRY"`) */
  DocCurrencyCode?: string;
  /** Entegra: the template the variation productCodes were made with (default `"{ItemCode}-{ColorCode}-{ItemDim1Code}"`) */
  variant_code_template?: string;
  /** Tedbul: the ERP field with the barcode of a product without variants (default `"Barcode"`) */
  barcode_field?: string;
  /** Tedbul: 1 when line prices include VAT (it is removed with the line's rate) (default `1`) */
  prices_include_vat?: 0 | 1 | boolean;
}

/** Result of `map.tedbul.orders_to_erp`. */
export interface MapTedbulOrdersToErpResult {
  /** ERP sales orders, one per fully resolved marketplace order */
  documents: MapTedbulOrdersToErpResultDocuments[];
  /** The marketplace order id of each document, in the same order (for entegra.orders.update_erp / tedbul.orders.confirm) */
  sources: string[];
  /** Every line (or order) that could not be resolved; its order has no document */
  unresolved: MapTedbulOrdersToErpResultUnresolved[];
}

/** ERP sales orders, one per fully resolved marketplace order (`documents` of `MapTedbulOrdersToErpResult`) */
export interface MapTedbulOrdersToErpResultDocuments {
  /** The marketplace's order number */
  OrderNumber: string;
  /** Order date */
  OrderDate: string;
  /** The marketplace's order number */
  DocumentNumber: string;
  /** From the options */
  CustomerCode: string;
  /** From the options */
  ProcessCode: string;
  /** From the options */
  OfficeCode: string;
  /** From the options */
  WarehouseCode: string;
  /** From the options */
  DocCurrencyCode: string;
  /** Marketplace, order number and id */
  Description: string;
  /** What the buyer paid for the order's lines: the sum of AmountVI */
  TotalVI: string;
  /** Order lines */
  Lines: MapTedbulOrdersToErpResultDocumentsLines[];
}

/** Order lines (`Lines` of `MapTedbulOrdersToErpResultDocuments`) */
export interface MapTedbulOrdersToErpResultDocumentsLines {
  /** Item type, as in the catalogue */
  ItemTypeCode: Json;
  /** Item code */
  ItemCode: string;
  /** Colour code (null when none) */
  ColorCode: string;
  /** Size (null when none) */
  ItemDim1Code: string;
  /** Quantity */
  Qty1: number;
  /** Unit price with VAT, before discount, as the marketplace charged it */
  PriceVI: string;
  /** The line's discount, with VAT */
  DiscountVI: string;
  /** What the buyer paid for the line: PriceVI × Qty1 − DiscountVI, exactly */
  AmountVI: string;
  /** AmountVI without VAT, rounded half away from zero to 2 decimals */
  NetAmount: string;
  /** AmountVI − NetAmount, exactly */
  VatAmount: string;
  /** VAT rate in percent */
  VatRate: number;
}

/** Every line (or order) that could not be resolved; its order has no document (`unresolved` of `MapTedbulOrdersToErpResult`) */
export interface MapTedbulOrdersToErpResultUnresolved {
  /** The marketplace's order id */
  order: string;
  /** The line's index (null: the order itself) */
  line: number;
  /** Why it cannot be imported */
  reason: string;
}

/** Parameters of `sync.plan`. */
export interface SyncPlanParams {
  /** The state of the previous sync (absent or null: the first) */
  state?: unknown;
  /** "entegra" or "tedbul"; required without a state */
  marketplace?: string;
  /** ERP products: items of erp.products.list (every page) */
  products: readonly SyncPlanParamsProducts[];
  /** ERP stock records: items of erp.inventory.list (every page) */
  inventory?: readonly SyncPlanParamsInventory[];
  /** Mapping options, batch size, quota */
  options?: SyncPlanParamsOptions;
  /** The marketplace's current listing, when known: every item of entegra.products.list or tedbul.ads.list */
  listing?: readonly ({ [key: string]: unknown })[];
}

/** ERP products: items of erp.products.list (every page) (`products` of `SyncPlanParams`). Open: the vendor's other fields pass through. */
export interface SyncPlanParamsProducts {
  /** Item code (Entegra productCode) */
  ItemCode: string | number;
  /** Item name (productName) */
  ItemDescription?: string;
  /** Item type (1 Ürün …) */
  ItemTypeCode?: unknown;
  /** Sale price */
  SalePrice?: string | number;
  /** Purchase price */
  PurchasePrice?: string | number;
  /** VAT rate in percent */
  TaxRate?: number;
  /** Blocked items are passive on the marketplace */
  IsBlocked?: 0 | 1 | boolean;
  /** Colour/size variants */
  Variants?: readonly SyncPlanParamsProductsVariants[];
  [key: string]: unknown;
}

/** Colour/size variants (`Variants` of `SyncPlanParamsProducts`). Open: the vendor's other fields pass through. */
export interface SyncPlanParamsProductsVariants {
  /** Colour code */
  ColorCode?: string | number;
  /** Colour name (the Renk spec) */
  ColorDescription?: string;
  /** Size (the Beden spec) */
  ItemDim1Code?: string | number;
  /** Variant barcode */
  Barcode?: string | number;
  [key: string]: unknown;
}

/** ERP stock records: items of erp.inventory.list (every page) (`inventory` of `SyncPlanParams`). Open: the vendor's other fields pass through. */
export interface SyncPlanParamsInventory {
  /** Warehouse */
  WarehouseCode?: string | number;
  /** Item code */
  ItemCode: string | number;
  /** Colour code */
  ColorCode?: string | number;
  /** Size */
  ItemDim1Code?: string | number;
  /** Stock (may be fractional or negative; the sum is rounded down, never below 0) */
  InventoryQty1: unknown;
  [key: string]: unknown;
}

/** Mapping options, batch size, quota (`options` of `SyncPlanParams`) */
export interface SyncPlanParamsOptions {
  /** Warehouses whose stock counts (default: all) */
  warehouses?: readonly string[];
  /** The ERP product field the price is read from (default `"SalePrice"`) */
  price_field?: string;
  /** 1 when the ERP price field includes VAT (default `1`) */
  erp_prices_include_vat?: 0 | 1 | boolean;
  /** 1 when the marketplace gets VAT-inclusive prices; when the two flags differ, TaxRate is added or removed (rounded half up to 2 decimals) (default `1`) */
  marketplace_prices_include_vat?: 0 | 1 | boolean;
  /** Entegra variation productCode; placeholders {ItemCode} {ColorCode} {ItemDim1Code} {Barcode}, empty parts dropped with the text before them (default `"{ItemCode}-{ColorCode}-{ItemDim1Code}"`) */
  variant_code_template?: string;
  /** The Entegra price field the price goes to (default `"price1"`) */
  price_code?: string;
  /** The ERP field with the barcode of a product without variants (default `"Barcode"`) */
  barcode_field?: string;
  /** Tedbul: a fixed expiry date */
  expiration?: string;
  /** Tedbul: the ERP product field with the expiry date (wins over expiration) */
  expiration_field?: string;
  /** Items per bulk request (default and limit: Entegra 50, Tedbul 100) */
  batch_size?: number;
  /** Requests the quota still allows; the rest are deferred */
  quota_remaining?: number;
  /** Sync runs: the guard against mass changes (passive/zero stock, big price moves); {"enabled": 0} turns it off */
  guard?: SyncPlanParamsOptionsGuard;
  /** Sync runs: the plan_id of a guarded plan a person accepted; only that plan goes ahead */
  accept_plan?: string;
}

/** Sync runs: the guard against mass changes (passive/zero stock, big price moves); {"enabled": 0} turns it off (`guard` of `SyncPlanParamsOptions`) */
export interface SyncPlanParamsOptionsGuard {
  /** 0 turns the guard off: every plan is sent, however much it changes (default `1`) */
  enabled?: 0 | 1 | boolean;
  /** Stop when more than this share (percent) of the listed items would become passive or out of stock (default `20`) */
  max_passive_percent?: number;
  /** The passive/out-of-stock limit trips only from this many items on (a small shop is not stuck) (default `5`) */
  min_passive_items?: number;
  /** A price moved by more than this percentage (up or down) counts as a big move (default `25`) */
  max_price_change_percent?: number;
  /** Stop when more than this many items would get a big price move (default `10`) */
  max_price_changes?: number;
}

/** Result of `sync.plan`. */
export interface SyncPlanResult {
  /** The requests to send, in order; pass each with its outcome to sync.apply */
  requests: SyncPlanResultRequests[];
  /** Requests left for a later run by the quota */
  deferred: number;
  /** Keys whose creation may have happened: pass the listing to settle them */
  in_doubt: string[];
  /** true when in_doubt is not empty */
  listing_needed: Json;
  /** Products and variants that could not be mapped, with the reason */
  skipped: SyncPlanResultSkipped[];
  /** Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0 */
  warnings: SyncPlanResultWarnings[];
  /** The state to persist before sending (creations marked pending) */
  state: Json;
}

/** The requests to send, in order; pass each with its outcome to sync.apply (`requests` of `SyncPlanResult`) */
export interface SyncPlanResultRequests {
  /** The operation to call */
  op: string;
  /** Its params */
  params?: Json;
  /** The item keys it carries */
  keys: string[];
  /** What each key's item becomes once acknowledged */
  set: Json;
}

/** Products and variants that could not be mapped, with the reason (`skipped` of `SyncPlanResult`) */
export interface SyncPlanResultSkipped {
  /** productCode / barcode (or ItemCode) */
  key: string;
  /** Where it is in the params */
  path: string;
  /** Why it was left out */
  reason: string;
}

/** Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0 (`warnings` of `SyncPlanResult`) */
export interface SyncPlanResultWarnings {
  /** The ERP ItemCode */
  item: string;
  /** The variant's ColorCode ("" without variants) */
  color: string;
  /** The variant's ItemDim1Code ("" when none) */
  size: string;
  /** Where the product or variant is in the params */
  path: string;
  /** The ERP stock summed over the warehouses: exact dot-decimal text, like money */
  erp: string;
  /** The whole units the marketplace gets */
  sent: number;
  /** rounded_down (a fraction: never offer stock the ERP lacks) or negative_as_zero */
  rule: string;
}

/** Parameters of `sync.apply`. */
export interface SyncApplyParams {
  /** The current sync state */
  state: unknown;
  /** One request of sync.plan, as planned */
  request: SyncApplyParamsRequest;
  /** The operation's result */
  result?: unknown;
  /** Or the error it ended with (its JSON: kind, message …) */
  error?: unknown;
}

/** One request of sync.plan, as planned (`request` of `SyncApplyParams`) */
export interface SyncApplyParamsRequest {
  /** The operation to call */
  op: string;
  /** Its params */
  params?: unknown;
  /** The item keys it carries */
  keys: readonly string[];
  /** What each key's item becomes once acknowledged */
  set: unknown;
}

/** Result of `sync.apply`. */
export interface SyncApplyResult {
  /** The new state, to persist */
  state: Json;
  /** Keys the marketplace acknowledged */
  confirmed: string[];
  /** Keys it did not; the next plan sends them again */
  unconfirmed: string[];
}

/** Parameters of `sandbox.erp.update`. */
export interface SandboxErpUpdateParams {
  /** Products to add or change, by ItemCode: the given fields replace the stored ones, a new ItemCode is added */
  products?: readonly SandboxErpUpdateParamsProducts[];
  /** Stock rows to add or change, by WarehouseCode, ItemCode, ColorCode and ItemDim1Code */
  inventory?: readonly SandboxErpUpdateParamsInventory[];
  /** ItemCodes of products to delete, with their stock rows */
  remove_products?: readonly (string | number)[];
  /** 1: the products and stock rows become exactly the given lists (applied first) */
  replace?: 0 | 1 | boolean;
}

/** Products to add or change, by ItemCode: the given fields replace the stored ones, a new ItemCode is added (`products` of `SandboxErpUpdateParams`). Open: the vendor's other fields pass through. */
export interface SandboxErpUpdateParamsProducts {
  /** Item code (Entegra productCode) */
  ItemCode: string | number;
  /** Item name (productName) */
  ItemDescription?: string;
  /** Item type (1 Ürün …) */
  ItemTypeCode?: unknown;
  /** Sale price */
  SalePrice?: string | number;
  /** Purchase price */
  PurchasePrice?: string | number;
  /** VAT rate in percent */
  TaxRate?: number;
  /** Blocked items are passive on the marketplace */
  IsBlocked?: 0 | 1 | boolean;
  /** Colour/size variants */
  Variants?: readonly SandboxErpUpdateParamsProductsVariants[];
  [key: string]: unknown;
}

/** Colour/size variants (`Variants` of `SandboxErpUpdateParamsProducts`). Open: the vendor's other fields pass through. */
export interface SandboxErpUpdateParamsProductsVariants {
  /** Colour code */
  ColorCode?: string | number;
  /** Colour name (the Renk spec) */
  ColorDescription?: string;
  /** Size (the Beden spec) */
  ItemDim1Code?: string | number;
  /** Variant barcode */
  Barcode?: string | number;
  [key: string]: unknown;
}

/** Stock rows to add or change, by WarehouseCode, ItemCode, ColorCode and ItemDim1Code (`inventory` of `SandboxErpUpdateParams`) */
export interface SandboxErpUpdateParamsInventory {
  /** Warehouse */
  WarehouseCode: string | number;
  /** The product's code (a product the ERP has, or one given in `products`) */
  ItemCode: string | number;
  /** Colour code; left out without variants */
  ColorCode?: string | number;
  /** Size; left out without sizes */
  ItemDim1Code?: string | number;
  /** Quantity in stock (absolute; a decimal, may be negative) */
  InventoryQty1: number | string;
  /** Office (default: kept, or the warehouse's) */
  OfficeCode?: string | number;
  /** Store (default: kept, or the warehouse's) */
  StoreCode?: string | number;
  /** Item type (default: kept, or the product's) */
  ItemTypeCode?: number;
}

/** Result of `sandbox.erp.update`. */
export interface SandboxErpUpdateResult {
  /** Products after the change */
  products: number;
  /** Stock rows after the change */
  inventory: number;
}

/** Parameters of `sandbox.tedbul.place_order`. */
export interface SandboxTedbulPlaceOrderParams {
  /** The lines, each barcode once: every line is priced at its ad's price and takes its quantity off the ad's stock */
  products: readonly SandboxTedbulPlaceOrderParamsProducts[];
  /** Order date and time in Turkey, YYYY-MM-DD HH:MM:SS (default: the emulator's now) */
  orderDate?: string;
  /** Buyer's full name (default: the seed's regular buyer's, as are the other buyer fields) */
  buyerFullName?: string;
  /** Buyer's invoice title (default: the seed's regular buyer's) */
  buyerInvoiceCompanyName?: string;
  /** The buyer's note (default: none) */
  orderNote?: string;
}

/** The lines, each barcode once: every line is priced at its ad's price and takes its quantity off the ad's stock (`products` of `SandboxTedbulPlaceOrderParams`) */
export interface SandboxTedbulPlaceOrderParamsProducts {
  /** A barcode of one of the account's active ads (one of the ad's `barcodes`) */
  barcode: string | number;
  /** Quantity ordered, at most the ad's stock */
  qty: number;
}

/** Result of `sandbox.tedbul.place_order`. Open: the vendor's other fields pass through. */
export interface SandboxTedbulPlaceOrderResult {
  /** Order id */
  orderId: string;
  /** Order number */
  orderCode?: string | null;
  /** Order date and time, YYYY-MM-DD HH:MM:SS */
  orderDate?: string | null;
  /** Status code (codes: order_status) */
  orderStatus?: number | null;
  /** Status label (Turkish) */
  orderStatusText?: string | null;
  /** The buyer's note */
  orderNote?: string | null;
  /** Cancellation reason */
  cancelNote?: string | null;
  /** Order amount */
  orderPrice?: string | null;
  /** Refunded amount */
  orderRefundPrice?: string | null;
  /** Parcel volume in desi */
  orderCargoDesi?: number | null;
  /** Cargo company id */
  orderCargoCompanyId?: string | null;
  /** Cargo company name */
  orderCargoCompanyText?: string | null;
  /** Buyer's member id */
  buyerId?: string | null;
  /** Buyer's username */
  buyerUsername?: string | null;
  /** Seller's member id */
  sellerId?: string | null;
  /** Seller's username */
  sellerUsername?: string | null;
  /** Cargo shipment code */
  shippingCargoCode?: string | null;
  /** Cargo tracking code */
  sendFollowCargoCode?: string | null;
  /** Return cargo tracking code */
  refundFollowCargoCode?: string | null;
  /** When the shipment was created, YYYY-MM-DD HH:MM:SS */
  cargoRequestDate?: string | null;
  /** When it was delivered, YYYY-MM-DD HH:MM:SS */
  cargoDeliveryDate?: string | null;
  /** Buyer's full name (sold orders) */
  buyerFullName?: string | null;
  /** Buyer's invoice title */
  buyerInvoiceCompanyName?: string | null;
  /** Buyer's phone number */
  buyerInvoicePhone?: string | null;
  /** Buyer's email */
  buyerInvoiceEmail?: string | null;
  /** Buyer's tax number or T.C. identity number */
  buyerInvoiceTaxOrTcNo?: string | null;
  /** Buyer's tax office */
  buyerInvoiceTaxOffice?: string | null;
  /** Invoice address */
  buyerInvoiceAddress?: string | null;
  /** Invoice province (il) */
  buyerInvoiceCity?: string | null;
  /** Invoice district (ilçe) */
  buyerInvoiceTown?: string | null;
  /** Delivery address */
  buyerDeliveryAddress?: string | null;
  /** Delivery province (il; the seed swaps the two labels) */
  buyerDeliveryCity?: string | null;
  /** Delivery district (ilçe) */
  buyerDeliveryTown?: string | null;
  /** The order lines */
  orderProducts?: SandboxTedbulPlaceOrderResultOrderProducts[] | null;
  [key: string]: unknown;
}

/** The order lines (`orderProducts` of `SandboxTedbulPlaceOrderResult`). Open: the vendor's other fields pass through. */
export interface SandboxTedbulPlaceOrderResultOrderProducts {
  /** Order line id: what tedbul.orders.confirm names */
  penId?: string | null;
  /** The line's product id ("integer Ürün ID"), the id sold lines carry in the seed */
  orderProductId?: string | null;
  /** Product name */
  orderProductName?: string | null;
  /** Product barcode */
  orderProductBarcode?: string | null;
  /** VAT rate in percent */
  orderProductVAT?: number | null;
  /** Expiry date (miad) of the goods */
  orderProductExpiration?: string | null;
  /** Quantity ordered */
  orderQty?: number | null;
  /** Quantity the seller approved */
  orderApprovedQty?: number | null;
  /** Line total as ordered */
  orderTotalPrice?: string | null;
  /** Unit price */
  orderProductPrice?: string | null;
  /** Line total as approved */
  orderApprovedPrice?: string | null;
  /** Refunded amount */
  orderRefundPrice?: string | null;
  [key: string]: unknown;
}

/** Every operation: its parameters and its result, by name. */
export interface Operations {
  /** The Entegra code tables (order status, cargo fee types, cargo companies); answered locally */
  'entegra.codes.list': { params: EntegraCodesListParams; result: EntegraCodesListResult };
  /** Log in with the configured email and password (done for you when needed) */
  'entegra.auth.obtain': { params: EntegraAuthObtainParams; result: { [key: string]: Json } };
  /** Renew the access token with the refresh token (done for you when needed) */
  'entegra.auth.refresh': { params: EntegraAuthRefreshParams; result: { [key: string]: Json } };
  /** List products, one page at a time */
  'entegra.products.list': { params: EntegraProductsListParams; result: Page<EntegraProductsListItem> };
  /** Create products, with their variations */
  'entegra.products.create': { params: EntegraProductsCreateParams; result: EntegraProductsCreateResult };
  /** Set the stock, status or prices of products named by id or productCode */
  'entegra.products.update': { params: EntegraProductsUpdateParams; result: EntegraProductsUpdateResult };
  /** Add pictures, given as base64 bytes, to a product or one of its variants */
  'entegra.products.add_pictures': { params: EntegraProductsAddPicturesParams; result: EntegraProductsAddPicturesResult };
  /** Set the stock of products or variants by SKU, optionally per store (at most 50) */
  'entegra.products.update_quantity': { params: EntegraProductsUpdateQuantityParams; result: EntegraProductsUpdateQuantityResult };
  /** Set named prices of products or variants by SKU, optionally per store (at most 50) */
  'entegra.products.update_prices': { params: EntegraProductsUpdatePricesParams; result: EntegraProductsUpdatePricesResult };
  /** Add variants (with the colour spec "Renk") to existing products */
  'entegra.variations.create': { params: EntegraVariationsCreateParams; result: EntegraVariationsCreateResult };
  /** Set the stock or price of variants, each named with its main product */
  'entegra.variations.update': { params: EntegraVariationsUpdateParams; result: EntegraVariationsUpdateResult };
  /** Create orders with their lines (prices without VAT, order_date sent as DD.MM.YYYY) */
  'entegra.orders.create': { params: EntegraOrdersCreateParams; result: EntegraOrdersCreateResult };
  /** List orders, one page at a time, filtered by sync flag, status and dates */
  'entegra.orders.list': { params: EntegraOrdersListParams; result: Page<EntegraOrdersListItem> };
  /** Set the status, second cargo code or tracking URL of orders */
  'entegra.orders.update': { params: EntegraOrdersUpdateParams; result: EntegraOrdersUpdateResult };
  /** Acknowledge orders as taken into the ERP (sync=1), with the ERP's order number */
  'entegra.orders.update_erp': { params: EntegraOrdersUpdateErpParams; result: EntegraOrdersUpdateErpResult };
  /** List product categories, one page at a time */
  'entegra.categories.list': { params: EntegraCategoriesListParams; result: Page<EntegraCategoriesListItem> };
  /** List brands, one page at a time */
  'entegra.brands.list': { params: EntegraBrandsListParams; result: Page<EntegraBrandsListItem> };
  /** The ERP code tables (codes, names and Turkish labels); answered locally */
  'erp.codes.list': { params: ErpCodesListParams; result: { [key: string]: Json } };
  /** List item masters (products) with their colour/size variants, optionally of one item type */
  'erp.products.list': { params: ErpProductsListParams; result: Page<ErpProductsListItem> };
  /** Get one item master (product) with its variants by its ItemCode */
  'erp.products.get': { params: ErpProductsGetParams; result: ErpProductsGetResult };
  /** List suppliers (current accounts of type 1) with their e-mail and phone */
  'erp.suppliers.list': { params: ErpSuppliersListParams; result: Page<ErpSuppliersListItem> };
  /** List wholesale customers (current accounts of type 3) */
  'erp.customers.wholesale.list': { params: ErpCustomersWholesaleListParams; result: Page<ErpCustomersWholesaleListItem> };
  /** List retail customers (current accounts of type 4) */
  'erp.customers.retail.list': { params: ErpCustomersRetailListParams; result: Page<ErpCustomersRetailListItem> };
  /** Get one customer or supplier by its CurrAccCode */
  'erp.customers.get': { params: ErpCustomersGetParams; result: ErpCustomersGetResult };
  /** List purchase orders with their lines, optionally within order dates */
  'erp.purchase_orders.list': { params: ErpPurchaseOrdersListParams; result: Page<ErpPurchaseOrdersListItem> };
  /** List purchase invoices with their lines, optionally within invoice dates */
  'erp.purchase_invoices.list': { params: ErpPurchaseInvoicesListParams; result: Page<ErpPurchaseInvoicesListItem> };
  /** List warehouses with their office and store */
  'erp.warehouses.list': { params: ErpWarehousesListParams; result: Page<ErpWarehousesListItem> };
  /** List stock per warehouse, item, colour and size, optionally of one warehouse */
  'erp.inventory.list': { params: ErpInventoryListParams; result: Page<ErpInventoryListItem> };
  /** Get the stock of one item in every warehouse, colour and size, as {"items": [...]} */
  'erp.inventory.get': { params: ErpInventoryGetParams; result: ErpInventoryGetResult };
  /** List sales orders (retail and wholesale) with their lines, optionally by dates and process */
  'erp.sales_orders.list': { params: ErpSalesOrdersListParams; result: Page<ErpSalesOrdersListItem> };
  /** List sales invoices (retail and wholesale) with their lines, optionally by dates and process */
  'erp.sales_invoices.list': { params: ErpSalesInvoicesListParams; result: Page<ErpSalesInvoicesListItem> };
  /** The Tedbul code tables (codes, names and Turkish labels); answered locally */
  'tedbul.codes.list': { params: TedbulCodesListParams; result: TedbulCodesListResult };
  /** Log in with username, password and secret key (done for you when needed) */
  'tedbul.auth.login': { params: TedbulAuthLoginParams; result: TedbulAuthLoginResult };
  /** List sold orders, one page at a time, by date range and status */
  'tedbul.orders.sold.list': { params: TedbulOrdersSoldListParams; result: Page<TedbulOrdersSoldListItem> };
  /** Read one sold order with its lines */
  'tedbul.orders.sold.get': { params: TedbulOrdersSoldGetParams; result: TedbulOrdersSoldGetResult };
  /** Confirm a sold order awaiting the seller, approving a quantity per line */
  'tedbul.orders.confirm': { params: TedbulOrdersConfirmParams; result: TedbulOrdersConfirmResult };
  /** List purchased orders, one page at a time, by date range and status */
  'tedbul.orders.purchased.list': { params: TedbulOrdersPurchasedListParams; result: Page<TedbulOrdersPurchasedListItem> };
  /** Read one purchased order with its lines */
  'tedbul.orders.purchased.get': { params: TedbulOrdersPurchasedGetParams; result: TedbulOrdersPurchasedGetResult };
  /** Create an ad for a product identified by its barcode */
  'tedbul.ads.create': { params: TedbulAdsCreateParams; result: TedbulAdsCreateResult };
  /** Update one ad: stock, price and any other ad field */
  'tedbul.ads.update': { params: TedbulAdsUpdateParams; result: TedbulAdsUpdateResult };
  /** Update up to 100 ads at once; the result counts successes and errors */
  'tedbul.ads.update_many': { params: TedbulAdsUpdateManyParams; result: TedbulAdsUpdateManyResult };
  /** Delete an ad by its id */
  'tedbul.ads.delete': { params: TedbulAdsDeleteParams; result: TedbulAdsDeleteResult };
  /** List ads, one page at a time, optionally by status */
  'tedbul.ads.list': { params: TedbulAdsListParams; result: Page<TedbulAdsListItem> };
  /** Read one ad by its id */
  'tedbul.ads.get': { params: TedbulAdsGetParams; result: TedbulAdsGetResult };
  /** Search Tedbul's product catalogue by name or barcode (for barcodes an ad could not match) */
  'tedbul.products.search': { params: TedbulProductsSearchParams; result: TedbulProductsSearchResult };
  /** Report an integration run to Tedbul: message, success or failure, ads handled and saved */
  'tedbul.user.integration_data': { params: TedbulUserIntegrationDataParams; result: TedbulUserIntegrationDataResult };
  /** Map ERP products and stock to Entegra products with variations (Renk/Beden specs, summed stock, configured price and VAT, blocked → passive); answered locally */
  'map.entegra.products': { params: MapEntegraProductsParams; result: MapEntegraProductsResult };
  /** Map ERP products and stock to entegra.products.update_quantity and update_prices items; answered locally */
  'map.entegra.stock_prices': { params: MapEntegraStockPricesParams; result: MapEntegraStockPricesResult };
  /** Map ERP products and stock to Tedbul ads by barcode (comma prices, stock minimum 3, expiry date); answered locally */
  'map.tedbul.ads': { params: MapTedbulAdsParams; result: MapTedbulAdsResult };
  /** Turn Entegra orders (the live list shape, or the create shape) into ERP sales-order documents: lines resolved by stock code, model, product code or barcode; the paid gross kept with its net and VAT split; unresolved lines reported; answered locally */
  'map.entegra.orders_to_erp': { params: MapEntegraOrdersToErpParams; result: MapEntegraOrdersToErpResult };
  /** Turn Tedbul sold orders into ERP sales-order documents: lines resolved by barcode; the paid gross kept with its net and VAT split; unresolved lines reported; answered locally */
  'map.tedbul.orders_to_erp': { params: MapTedbulOrdersToErpParams; result: MapTedbulOrdersToErpResult };
  /** Plan the fewest requests (full batches, within the quota) that bring Entegra or Tedbul up to date with the ERP; answered locally */
  'sync.plan': { params: SyncPlanParams; result: SyncPlanResult };
  /** Advance the sync state for what the marketplace acknowledged of one planned request; answered locally */
  'sync.apply': { params: SyncApplyParams; result: SyncApplyResult };
  /** Sandbox only: upsert or remove ERP products and stock rows, or replace them all; answers the counts afterwards */
  'sandbox.erp.update': { params: SandboxErpUpdateParams; result: SandboxErpUpdateResult };
  /** Sandbox only: a buyer orders the account's ads by barcode (priced as the ads, taken off their stock); answers the new sold order, awaiting the seller */
  'sandbox.tedbul.place_order': { params: SandboxTedbulPlaceOrderParams; result: SandboxTedbulPlaceOrderResult };
}

/** The operations whose result is a page: their parameters and the type of each item. */
export interface PaginatedOperations {
  'entegra.products.list': { params: EntegraProductsListParams; item: EntegraProductsListItem };
  'entegra.orders.list': { params: EntegraOrdersListParams; item: EntegraOrdersListItem };
  'entegra.categories.list': { params: EntegraCategoriesListParams; item: EntegraCategoriesListItem };
  'entegra.brands.list': { params: EntegraBrandsListParams; item: EntegraBrandsListItem };
  'erp.products.list': { params: ErpProductsListParams; item: ErpProductsListItem };
  'erp.suppliers.list': { params: ErpSuppliersListParams; item: ErpSuppliersListItem };
  'erp.customers.wholesale.list': { params: ErpCustomersWholesaleListParams; item: ErpCustomersWholesaleListItem };
  'erp.customers.retail.list': { params: ErpCustomersRetailListParams; item: ErpCustomersRetailListItem };
  'erp.purchase_orders.list': { params: ErpPurchaseOrdersListParams; item: ErpPurchaseOrdersListItem };
  'erp.purchase_invoices.list': { params: ErpPurchaseInvoicesListParams; item: ErpPurchaseInvoicesListItem };
  'erp.warehouses.list': { params: ErpWarehousesListParams; item: ErpWarehousesListItem };
  'erp.inventory.list': { params: ErpInventoryListParams; item: ErpInventoryListItem };
  'erp.sales_orders.list': { params: ErpSalesOrdersListParams; item: ErpSalesOrdersListItem };
  'erp.sales_invoices.list': { params: ErpSalesInvoicesListParams; item: ErpSalesInvoicesListItem };
  'tedbul.orders.sold.list': { params: TedbulOrdersSoldListParams; item: TedbulOrdersSoldListItem };
  'tedbul.orders.purchased.list': { params: TedbulOrdersPurchasedListParams; item: TedbulOrdersPurchasedListItem };
  'tedbul.ads.list': { params: TedbulAdsListParams; item: TedbulAdsListItem };
}

/** Every operation's name. */
export type OperationName = keyof Operations;

/** The names of the operations whose result is a page (for `Client.pages`). */
export type PaginatedOperationName = keyof PaginatedOperations;
// --- end generated ---

// --- generated by kopru-codegen: codes ---
/** The vendors' code tables, each code with its Turkish label (`import { codes } from 'kopru'`). */
export declare namespace codes {
  /** `entegra.order_status`: Entegra order status (seed 000, "STATUS IDs"). */
  export const EntegraOrderStatus: {
    /** Yeni Sipariş */
    readonly YENI_SIPARIS: 1;
    /** Onaylandı */
    readonly ONAYLANDI: 2;
    /** Kargolandı */
    readonly KARGOLANDI: 3;
    /** Tamamlandı */
    readonly TAMAMLANDI: 4;
    /** Hatalı */
    readonly HATALI: 5;
    /** Ön Sipariş */
    readonly ON_SIPARIS: 6;
    /** Kargoya Hazır */
    readonly KARGOYA_HAZIR: 7;
    /** Ödeme Alındı */
    readonly ODEME_ALINDI: 8;
    /** İade-İptal */
    readonly IADE_IPTAL: 9;
    /** Onay Bekliyor */
    readonly ONAY_BEKLIYOR: 10;
    /** İadesi Onaylanan */
    readonly IADESI_ONAYLANAN: 11;
    /** Hazırlanıyor */
    readonly HAZIRLANIYOR: 12;
    /** Tedarik Sürecinde */
    readonly TEDARIK_SURECINDE: 13;
  };
  /** A code of `EntegraOrderStatus`. */
  export type EntegraOrderStatus = (typeof EntegraOrderStatus)[keyof typeof EntegraOrderStatus];
  /** The Turkish label of each `EntegraOrderStatus` code. */
  export const EntegraOrderStatusLabels: { readonly [code in EntegraOrderStatus]: string };
  /** `entegra.cargo_fee_type`: Entegra cargo fee type: who pays the shipment, and how (seed 000, "Cargo Fee Type"). */
  export const EntegraCargoFeeType: {
    /** Alıcı Öder */
    readonly ALICI_ODER: 1;
    /** Satıcı Öder */
    readonly SATICI_ODER: 2;
    /** Satıcı Öder Kapıda Nakit */
    readonly SATICI_ODER_KAPIDA_NAKIT: 3;
    /** Satıcı Öder Kapıda Kredikartı */
    readonly SATICI_ODER_KAPIDA_KREDI_KARTI: 4;
    /** GG Öder */
    readonly GG_ODER: 5;
    /** N11 Öder */
    readonly N11_ODER: 6;
    /** HB Öder */
    readonly HB_ODER: 7;
    /** Alıcı Öder Kapıda Kredikartı */
    readonly ALICI_ODER_KAPIDA_KREDI_KARTI: 8;
    /** Alıcı Öder Kapıda Nakit */
    readonly ALICI_ODER_KAPIDA_NAKIT: 9;
  };
  /** A code of `EntegraCargoFeeType`. */
  export type EntegraCargoFeeType = (typeof EntegraCargoFeeType)[keyof typeof EntegraCargoFeeType];
  /** The Turkish label of each `EntegraCargoFeeType` code. */
  export const EntegraCargoFeeTypeLabels: { readonly [code in EntegraCargoFeeType]: string };
  /** `entegra.cargo_company`: Entegra cargo company by its numeric id (seed 000, "Cargo Companies"; text codes via `text_code`). */
  export const EntegraCargoCompany: {
    /** Aras Kargo */
    readonly ARAS_KARGO: 1;
    /** Yurtiçi Kargo */
    readonly YURTICI_KARGO: 2;
    /** Sürat Kargo */
    readonly SURAT_KARGO: 3;
    /** Mng Kargo */
    readonly MNG_KARGO: 4;
    /** Ase Kargo */
    readonly ASE_KARGO: 5;
    /** Ups Kargo */
    readonly UPS_KARGO: 6;
    /** Ptt */
    readonly PTT: 7;
    /** DHL Kargo */
    readonly DHL_KARGO: 8;
    /** Fedex Kargo */
    readonly FEDEX_KARGO: 9;
    /** Pts Kargo */
    readonly PTS_KARGO: 10;
    /** Horoz Kargo */
    readonly HOROZ_KARGO: 11;
    /** Filo Kargo */
    readonly FILO_KARGO: 12;
    /** Asil Kargo */
    readonly ASIL_KARGO: 13;
    /** HepsiJet */
    readonly HEPSI_JET: 14;
    /** Yenişehir Kurye */
    readonly YENISEHIR_KURYE: 15;
    /** Aras Kurye */
    readonly ARAS_KURYE: 16;
    /** Ceva Lojistik */
    readonly CEVA_LOJISTIK: 17;
    /** PTS_TR_LOCAL */
    readonly PTS_TR_LOCAL: 18;
    /** PTS GLOBAL */
    readonly PTS_GLOBAL: 19;
    /** Yurtici GLOBAL */
    readonly YURTICI_GLOBAL: 20;
    /** ARAMEX GLOBAL */
    readonly ARAMEX_GLOBAL: 21;
    /** PTT GLOBAL */
    readonly PTT_GLOBAL: 22;
    /** B2C GLOBAL */
    readonly B2C_GLOBAL: 23;
    /** Tezel Lojistik */
    readonly TEZEL_LOJISTIK: 24;
    /** Borusan Lojistik */
    readonly BORUSAN_LOJISTIK: 25;
    /** Kolay Gelsin Kargo */
    readonly KOLAY_GELSIN_KARGO: 26;
    /** Trendyol Ekspres Kargo */
    readonly TRENDYOL_EKSPRES_KARGO: 27;
    /** Mağazadan Teslim Al */
    readonly MAGAZADAN_TESLIM_AL: 28;
    /** Scotty Kargo */
    readonly SCOTTY_KARGO: 29;
    /** Kargo Vip */
    readonly KARGO_VIP: 30;
  };
  /** A code of `EntegraCargoCompany`. */
  export type EntegraCargoCompany = (typeof EntegraCargoCompany)[keyof typeof EntegraCargoCompany];
  /** The Turkish label of each `EntegraCargoCompany` code. */
  export const EntegraCargoCompanyLabels: { readonly [code in EntegraCargoCompany]: string };
  /** `erp.item_type`: ERP item type (ItemTypeCode). */
  export const ErpItemType: {
    /** Ürün */
    readonly URUN: 1;
    /** Malzeme */
    readonly MALZEME: 2;
    /** Masraf */
    readonly MASRAF: 4;
    /** Servis */
    readonly SERVIS: 5;
    /** Sabit Kıymet */
    readonly SABIT_KIYMET: 6;
  };
  /** A code of `ErpItemType`. */
  export type ErpItemType = (typeof ErpItemType)[keyof typeof ErpItemType];
  /** The Turkish label of each `ErpItemType` code. */
  export const ErpItemTypeLabels: { readonly [code in ErpItemType]: string };
  /** `erp.item_dim_type`: ERP variant dimensions of an item (ItemDimTypeCode): none, colour, or colour and size. */
  export const ErpItemDimType: {
    /** Varyantsız */
    readonly VARYANTSIZ: 0;
    /** Renk */
    readonly RENK: 1;
    /** Renk-Beden */
    readonly RENK_BEDEN: 2;
  };
  /** A code of `ErpItemDimType`. */
  export type ErpItemDimType = (typeof ErpItemDimType)[keyof typeof ErpItemDimType];
  /** The Turkish label of each `ErpItemDimType` code. */
  export const ErpItemDimTypeLabels: { readonly [code in ErpItemDimType]: string };
  /** `erp.curr_acc_type`: ERP current-account type (CurrAccTypeCode): supplier, wholesale or retail customer. */
  export const ErpCurrAccType: {
    /** Tedarikçi */
    readonly TEDARIKCI: 1;
    /** Toptan Müşteri */
    readonly TOPTAN_MUSTERI: 3;
    /** Perakende Müşteri */
    readonly PERAKENDE_MUSTERI: 4;
  };
  /** A code of `ErpCurrAccType`. */
  export type ErpCurrAccType = (typeof ErpCurrAccType)[keyof typeof ErpCurrAccType];
  /** The Turkish label of each `ErpCurrAccType` code. */
  export const ErpCurrAccTypeLabels: { readonly [code in ErpCurrAccType]: string };
  /** `erp.communication_type`: ERP communication type of a current account (CommunicationTypeCode). */
  export const ErpCommunicationType: {
    /** E-posta */
    readonly E_POSTA: 3;
    /** GSM */
    readonly GSM: 7;
  };
  /** A code of `ErpCommunicationType`. */
  export type ErpCommunicationType = (typeof ErpCommunicationType)[keyof typeof ErpCommunicationType];
  /** The Turkish label of each `ErpCommunicationType` code. */
  export const ErpCommunicationTypeLabels: { readonly [code in ErpCommunicationType]: string };
  /** `erp.process_code`: ERP document process (ProcessCode) of orders and invoices. Seed 001 labels EP two ways: "İhracat (Export)" in its invoice and sales tables (and its EP invoice example is an export), "Masraf Alış" in its purchase-order table (Nebim's expense purchase); the label gives both. */
  export const ErpProcessCode: {
    /** Toptan Alış (Buy Purchase) */
    readonly TOPTAN_ALIS: 'BP';
    /** Konsinye Alış (Consignment Purchase) */
    readonly KONSINYE_ALIS: 'CP';
    /** Konsinye İade */
    readonly KONSINYE_IADE: 'CR';
    /** Konsinye Satış */
    readonly KONSINYE_SATIS: 'CS';
    /** Dağıtım */
    readonly DAGITIM: 'D';
    /** Bayi Satış */
    readonly BAYI_SATIS: 'DS';
    /** İhracat (Export); Masraf Alış in purchase orders */
    readonly IHRACAT: 'EP';
    /** İhracat */
    readonly IHRACAT_SATISI: 'ES';
    /** Masraf Satış */
    readonly MASRAF_SATIS: 'EXS';
    /** Sabit Kıymet Alış */
    readonly SABIT_KIYMET_ALIS: 'FAP';
    /** Sabit Kıymet Satışı */
    readonly SABIT_KIYMET_SATISI: 'FAS';
    /** Mağazadan Ürün İadesi */
    readonly MAGAZADAN_URUN_IADESI: 'FS';
    /** Dahili Transfer */
    readonly DAHILI_TRANSFER: 'I';
    /** İthalat (Import) */
    readonly ITHALAT: 'IP';
    /** Üretim */
    readonly URETIM: 'MP';
    /** Üretim (Production) */
    readonly URETIM_PRODUCTION: 'P';
    /** Promosyon Ürünleri */
    readonly PROMOSYON_URUNLERI: 'PRP';
    /** Peşin Satış (Retail - Perakende) */
    readonly PESIN_SATIS: 'R';
    /** Mağazadan Ürün Talep */
    readonly MAGAZADAN_URUN_TALEP: 'RFS';
    /** Taksitli Satış (Retail Installment) */
    readonly TAKSITLI_SATIS: 'RI';
    /** Perakende Sonra Teslim */
    readonly PERAKENDE_SONRA_TESLIM: 'RSD';
    /** Mağazaya Transfer */
    readonly MAGAZAYA_TRANSFER: 'S';
    /** Servis Satış */
    readonly SERVIS_SATIS: 'SS';
    /** Toptan Satış (Wholesale) */
    readonly TOPTAN_SATIS: 'WS';
  };
  /** A code of `ErpProcessCode`. */
  export type ErpProcessCode = (typeof ErpProcessCode)[keyof typeof ErpProcessCode];
  /** The Turkish label of each `ErpProcessCode` code. */
  export const ErpProcessCodeLabels: { readonly [code in ErpProcessCode]: string };
  /** `erp.purchase_order_tax_type`: ERP tax type of a purchase order (TaxTypeCode, as the seed lists it for purchase orders). */
  export const ErpPurchaseOrderTaxType: {
    /** Standart */
    readonly STANDART: 0;
    /** Tevkifatlı */
    readonly TEVKIFATLI: 1;
    /** Tax Free (Tax Refund) */
    readonly TAX_FREE: 2;
    /** Diplomatik */
    readonly DIPLOMATIK: 3;
    /** Vergisiz */
    readonly VERGISIZ: 4;
    /** Alınan Serbest Meslek Makbuzu */
    readonly SERBEST_MESLEK_MAKBUZU: 5;
    /** Vat Off */
    readonly VAT_OFF: 6;
  };
  /** A code of `ErpPurchaseOrderTaxType`. */
  export type ErpPurchaseOrderTaxType = (typeof ErpPurchaseOrderTaxType)[keyof typeof ErpPurchaseOrderTaxType];
  /** The Turkish label of each `ErpPurchaseOrderTaxType` code. */
  export const ErpPurchaseOrderTaxTypeLabels: { readonly [code in ErpPurchaseOrderTaxType]: string };
  /** `erp.invoice_tax_type`: ERP tax type of purchase invoices, sales orders and sales invoices (TaxTypeCode; purchase orders use `purchase_order_tax_type`). */
  export const ErpInvoiceTaxType: {
    /** Standart */
    readonly STANDART: 0;
    /** Tevkifatlı */
    readonly TEVKIFATLI: 1;
    /** Tax Free */
    readonly TAX_FREE: 2;
    /** İhraç Kayıtlı */
    readonly IHRAC_KAYITLI: 3;
    /** Diplomatik */
    readonly DIPLOMATIK: 4;
    /** Geçici İthalat */
    readonly GECICI_ITHALAT: 5;
  };
  /** A code of `ErpInvoiceTaxType`. */
  export type ErpInvoiceTaxType = (typeof ErpInvoiceTaxType)[keyof typeof ErpInvoiceTaxType];
  /** The Turkish label of each `ErpInvoiceTaxType` code. */
  export const ErpInvoiceTaxTypeLabels: { readonly [code in ErpInvoiceTaxType]: string };
  /** `tedbul.order_status`: Tedbul order status (orderStatus of sold and purchased orders; seed 002, "orderStatus alabildiği değerler"). */
  export const TedbulOrderStatus: {
    /** Satıcı Onayı Bekliyor */
    readonly SATICI_ONAYI_BEKLIYOR: 0;
    /** Kargolanması Bekleniyor */
    readonly KARGOLANMASI_BEKLENIYOR: 1;
    /** Kargoda */
    readonly KARGODA: 2;
    /** Tamamlandı */
    readonly TAMAMLANDI: 3;
    /** İptal Edildi */
    readonly IPTAL_EDILDI: 4;
    /** Alıcı Onayı Bekleniyor */
    readonly ALICI_ONAYI_BEKLENIYOR: 6;
    /** İptal Talebi */
    readonly IPTAL_TALEBI: 8;
  };
  /** A code of `TedbulOrderStatus`. */
  export type TedbulOrderStatus = (typeof TedbulOrderStatus)[keyof typeof TedbulOrderStatus];
  /** The Turkish label of each `TedbulOrderStatus` code. */
  export const TedbulOrderStatusLabels: { readonly [code in TedbulOrderStatus]: string };
  /** `tedbul.ad_status`: Tedbul ad status (adsStatus, status). */
  export const TedbulAdStatus: {
    /** Aktif */
    readonly AKTIF: 1;
    /** Pasif */
    readonly PASIF: 2;
  };
  /** A code of `TedbulAdStatus`. */
  export type TedbulAdStatus = (typeof TedbulAdStatus)[keyof typeof TedbulAdStatus];
  /** The Turkish label of each `TedbulAdStatus` code. */
  export const TedbulAdStatusLabels: { readonly [code in TedbulAdStatus]: string };
  /** `tedbul.message_type`: Tedbul integration report type (messageType of `api/user/integrationdata`). */
  export const TedbulMessageType: {
    /** Başarısız */
    readonly BASARISIZ: 1;
    /** Başarılı */
    readonly BASARILI: 2;
  };
  /** A code of `TedbulMessageType`. */
  export type TedbulMessageType = (typeof TedbulMessageType)[keyof typeof TedbulMessageType];
  /** The Turkish label of each `TedbulMessageType` code. */
  export const TedbulMessageTypeLabels: { readonly [code in TedbulMessageType]: string };
  /** The stable code of one validation problem: `KopruError.errors[i].code`. */
  export const ProblemCode: {
    /** a required parameter is missing */
    readonly REQUIRED: 'required';
    /** a text is longer than allowed (ctx: max, got) */
    readonly TOO_LONG: 'too_long';
    /** a number is below its minimum (ctx: min) */
    readonly TOO_SMALL: 'too_small';
    /** a number is above its maximum (ctx: max) */
    readonly TOO_LARGE: 'too_large';
    /** the value is not one of the allowed values (ctx: allowed) */
    readonly NOT_ONE_OF: 'not_one_of';
    /** not a valid money amount, or too many decimals (ctx: reason or max_decimals) */
    readonly BAD_MONEY: 'bad_money';
    /** not a date in an accepted format (ctx: formats) */
    readonly BAD_DATE: 'bad_date';
    /** a list has too few items (ctx: min) */
    readonly TOO_FEW_ITEMS: 'too_few_items';
    /** a list has more items than one request takes (ctx: max, got) */
    readonly TOO_MANY_ITEMS: 'too_many_items';
    /** a parameter the operation does not know (ctx: known) */
    readonly UNKNOWN_FIELD: 'unknown_field';
    /** the value has the wrong type (ctx: expected) */
    readonly WRONG_TYPE: 'wrong_type';
    /** a text or code is empty */
    readonly EMPTY: 'empty';
    /** the value nests too deeply (ctx: max_depth) */
    readonly TOO_DEEP: 'too_deep';
    /** another problem, described in English (ctx: detail) */
    readonly INVALID: 'invalid';
    /** Entegra: every variation needs a spec named "Renk" (colour) */
    readonly RULE_COLOUR_SPEC_REQUIRED: 'rule.colour_spec_required';
    /** Entegra: name the product by productCode or by id */
    readonly RULE_ID_OR_PRODUCT_CODE: 'rule.id_or_product_code';
    /** Entegra: a picture is plain base64 text (ctx: reason) */
    readonly RULE_PICTURE_BASE64: 'rule.picture_base64';
    /** the same code or order line is given twice in one request (ctx: value) */
    readonly RULE_REPEATED: 'rule.repeated';
    /** Tedbul: a sale quantity is more than the stock (ctx: quantity, stock) */
    readonly RULE_QUANTITY_OVER_STOCK: 'rule.quantity_over_stock';
    /** Tedbul: the maximum sale quantity is less than the minimum (ctx: min, max) */
    readonly RULE_MAX_BELOW_MIN: 'rule.max_below_min';
    /** a date range ends before it starts (ctx: start, end) */
    readonly RULE_DATES_REVERSED: 'rule.dates_reversed';
  };
  /** A validation problem code. */
  export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];
  /** What each `ProblemCode` means, in English (`en`) and Turkish (`tr`). */
  export const ProblemCodeDescriptions: { readonly [code in ProblemCode]: { readonly en: string; readonly tr: string } };
  /** Every table by service and table name, as the `<service>.codes.list` operations name them. */
  export const TABLES: {
    readonly entegra: {
      readonly order_status: typeof EntegraOrderStatus;
      readonly cargo_fee_type: typeof EntegraCargoFeeType;
      readonly cargo_company: typeof EntegraCargoCompany;
    };
    readonly erp: {
      readonly item_type: typeof ErpItemType;
      readonly item_dim_type: typeof ErpItemDimType;
      readonly curr_acc_type: typeof ErpCurrAccType;
      readonly communication_type: typeof ErpCommunicationType;
      readonly process_code: typeof ErpProcessCode;
      readonly purchase_order_tax_type: typeof ErpPurchaseOrderTaxType;
      readonly invoice_tax_type: typeof ErpInvoiceTaxType;
    };
    readonly tedbul: {
      readonly order_status: typeof TedbulOrderStatus;
      readonly ad_status: typeof TedbulAdStatus;
      readonly message_type: typeof TedbulMessageType;
    };
  };
}
// --- end generated ---
