// TypeScript declarations of the `kopru` package.

/** Any value JSON can carry. Money in results is a decimal string with a dot (`"12.90"`). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Parameters of an operation: the vendor's own field names. Money may be a number,
 * `"12.90"` or `"12,90"`; raw bytes (`Uint8Array`, `ArrayBuffer`) are sent as base64.
 */
export type Params = { [key: string]: unknown };

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
  start(op: string, params: Params | undefined, nowMs: number): Step;
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
  /** Runs operation `op`; rejects with a `KopruError`. */
  call<Result = Json>(op: string, params?: Params): Promise<Result>;
  /** Every item of a paginated list, page by page. */
  pages<Item = Json>(op: string, params?: Params): AsyncGenerator<Item, void, undefined>;
  /** Tokens and quota counters, to resume with `new Client(config, state)`. */
  exportState(): SessionState;
}
