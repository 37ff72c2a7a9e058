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
  };
  /** A token is renewed this long before it expires (default 120,000). */
  token_margin_ms?: number;
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
  headers?: Header[];
  body?: string;
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
  refresh_token?: string | null;
  refresh_expires_ms?: number | null;
  quota?: {
    day_start_ms?: number;
    day_count?: number;
    hour_start_ms?: number;
    hour_count?: number;
    blocked_until_ms?: number;
  };
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
  | 'config';

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
  /** The kind's stable number: validation 1, api 2, auth 3, rate_limited 4, transport 5, decode 6, config 7. */
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
}

/**
 * The sans-IO session: decides every request and sends none. Drive it with your
 * own HTTP stack: `start`, send `step.send` (after `step.after_ms`), `receive`
 * the response (or `transportFailed`), until the step has `done`.
 */
export class Session {
  /** @throws {KopruError} `config` when the config is wrong */
  constructor(config: Config, state?: SessionState | null);
  /** Starts operation `op`. @throws {KopruError} e.g. `validation` with every problem */
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
 * one client run one after another.
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
  /** Every item of a paginated list, page by page. */
  pages<K extends PaginatedOperationName>(
    op: K,
    ...params: ParamsArg<PaginatedOperations[K]['params']>
  ): AsyncGenerator<PaginatedOperations[K]['item'], void, undefined>;
  /** Every item of a list named by a plain `string` (or with an explicit `Item` type). */
  pages<Item = Json, Op extends string = string>(
    op: Op extends OperationName ? never : Op,
    params?: Params,
  ): AsyncGenerator<Item, void, undefined>;
  /** Tokens and quota counters, to resume with `new Client(config, state)`. */
  exportState(): SessionState;
}

// The operations' parameter and result types, generated from kopru-core's operation table.
// --- generated by kopru-codegen: operations ---
/** Parameters of `entegra.codes.list`. */
export interface EntegraCodesListParams {
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
  /** Price 1 */
  price1?: string | number;
  /** Price 2 */
  price2?: string | number;
  /** Price 3 */
  price3?: string | number;
  /** Price 4 */
  price4?: string | number;
  /** Price 5 */
  price5?: string | number;
  /** Price 6 */
  price6?: string | number;
  /** Price 7 */
  price7?: string | number;
  /** Price 8 */
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
  /** Orders per page, at most 200 */
  limit?: number;
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
  /** Only items of this ItemTypeCode */
  item_type_code?: string | number;
}

/** Parameters of `erp.inventory.list`. */
export interface ErpInventoryListParams {
  /** Page number (default 1) */
  page?: number;
  /** Records per page (default 50, at most 100) */
  per_page?: number;
  /** Only this warehouse */
  warehouse_code?: string;
}

/** Parameters of `tedbul.codes.list`. */
export interface TedbulCodesListParams {
}

/** Parameters of `tedbul.auth.login`. */
export interface TedbulAuthLoginParams {
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

/** Parameters of `tedbul.ads.create`. */
export interface TedbulAdsCreateParams {
  /** Product barcode (identifies the product) */
  productBarcode: string | number;
  /** Product name */
  productName: string;
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
  /** Maximum sale quantity */
  maxSellQty?: number;
  /** Multiple (katlı) sale quantity */
  levelOfSales?: number;
  /** Special code */
  specialcode?: string;
  /** 1 active, 2 passive */
  status?: 1 | 2;
}

/** Parameters of `tedbul.ads.update_many`. */
export interface TedbulAdsUpdateManyParams {
  /** Ads to update, at most 100 per request */
  adsList: readonly TedbulAdsUpdateManyParamsAdsList[];
}

/** Ads to update, at most 100 per request (`adsList` of `TedbulAdsUpdateManyParams`) */
export interface TedbulAdsUpdateManyParamsAdsList {
  /** Ad id */
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
  /** Maximum sale quantity */
  maxSellQty?: number;
  /** Multiple (katlı) sale quantity */
  levelOfSales?: number;
  /** Special code */
  specialcode?: string;
  /** 1 active, 2 passive */
  status?: 1 | 2;
}

/** Every operation: its parameters and its result, by name. */
export interface Operations {
  /** The Entegra code tables (codes, names and Turkish labels); answered locally */
  'entegra.codes.list': { params: EntegraCodesListParams; result: { [key: string]: Json } };
  /** Log in with the configured email and password (done for you when needed) */
  'entegra.auth.obtain': { params: EntegraAuthObtainParams; result: { [key: string]: Json } };
  /** Renew the access token with the refresh token (done for you when needed) */
  'entegra.auth.refresh': { params: EntegraAuthRefreshParams; result: { [key: string]: Json } };
  /** List products, one page at a time */
  'entegra.products.list': { params: EntegraProductsListParams; result: Page<{ [key: string]: Json }> };
  /** Create products, with their variations */
  'entegra.products.create': { params: EntegraProductsCreateParams; result: { [key: string]: Json } };
  /** List orders, one page at a time, filtered by sync flag, status and dates */
  'entegra.orders.list': { params: EntegraOrdersListParams; result: Page<{ [key: string]: Json }> };
  /** The ERP code tables (codes, names and Turkish labels); answered locally */
  'erp.codes.list': { params: ErpCodesListParams; result: { [key: string]: Json } };
  /** List item masters (products) with their colour/size variants */
  'erp.products.list': { params: ErpProductsListParams; result: Page<{ [key: string]: Json }> };
  /** List stock per warehouse, item, colour and size */
  'erp.inventory.list': { params: ErpInventoryListParams; result: Page<{ [key: string]: Json }> };
  /** The Tedbul code tables (codes, names and Turkish labels); answered locally */
  'tedbul.codes.list': { params: TedbulCodesListParams; result: { [key: string]: Json } };
  /** Log in with username, password and secret key (done for you when needed) */
  'tedbul.auth.login': { params: TedbulAuthLoginParams; result: { [key: string]: Json } };
  /** List ads, one page at a time, optionally by status */
  'tedbul.ads.list': { params: TedbulAdsListParams; result: Page<{ [key: string]: Json }> };
  /** Create an ad for a product identified by its barcode */
  'tedbul.ads.create': { params: TedbulAdsCreateParams; result: { [key: string]: Json } };
  /** Update up to 100 ads at once; the result counts successes and errors */
  'tedbul.ads.update_many': { params: TedbulAdsUpdateManyParams; result: { [key: string]: Json } };
}

/** The operations whose result is a page: their parameters and the type of each item. */
export interface PaginatedOperations {
  'entegra.products.list': { params: EntegraProductsListParams; item: { [key: string]: Json } };
  'entegra.orders.list': { params: EntegraOrdersListParams; item: { [key: string]: Json } };
  'erp.products.list': { params: ErpProductsListParams; item: { [key: string]: Json } };
  'erp.inventory.list': { params: ErpInventoryListParams; item: { [key: string]: Json } };
  'tedbul.ads.list': { params: TedbulAdsListParams; item: { [key: string]: Json } };
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
  /** Every table by service and table name, as the `<service>.codes.list` operations name them. */
  export const TABLES: {
    readonly entegra: {
      readonly order_status: typeof EntegraOrderStatus;
    };
    readonly erp: {
      readonly item_type: typeof ErpItemType;
    };
    readonly tedbul: {
      readonly ad_status: typeof TedbulAdStatus;
    };
  };
}
// --- end generated ---
