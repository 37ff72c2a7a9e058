// The public JavaScript API of kopru, shared by the Node and browser entry points.
//
// A thin layer over the WebAssembly module: values cross as JSON text (money is
// a decimal string, so it stays exact), and the error JSON the module throws
// becomes a KopruError. Everything else (validation, paths, tokens, retries,
// quotas, paging, sync planning) is decided by kopru-core inside the module.
import { RawPageWalk, RawSession, configError as rawConfigError, isBridgeOperation } from './kopru_wasm.js';

/** Every error kopru raises: `kind` is one of the seven words of the taxonomy. */
export class KopruError extends Error {
  /** @param {object} detail the JSON of the core error */
  constructor(detail) {
    super(detail.message);
    this.name = 'KopruError';
    this.kind = detail.kind;
    this.code = detail.code;
    this.errors = detail.errors ?? [];
    this.status = detail.status ?? null;
    this.vendorCode = detail.vendor_code ?? null;
    this.body = detail.body ?? null;
    this.retryAfterMs = detail.retry_after_ms ?? null;
    this.path = detail.path ?? null;
    this.planId = detail.plan_id ?? null;
    this.limits = detail.limits ?? [];
    this.items = detail.items ?? [];
    this.sent = typeof detail.sent === 'boolean' ? detail.sent : null;
  }
}

// The module throws the error JSON as a string; anything else passes through.
function lift(error) {
  return typeof error === 'string' ? new KopruError(JSON.parse(error)) : error;
}

function guarded(fn) {
  try {
    return fn();
  } catch (error) {
    throw lift(error);
  }
}

// How deep parameters may nest (the core's own bound): deeper values, and values
// that contain themselves, are refused before JSON.stringify walks them.
const MAX_DEPTH = 64;
// A UTF-16 string with a lone surrogate cannot become UTF-8 text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// A validation error found by this layer, in the shape the core gives its own.
function invalid(path, message) {
  const shown = path === '' ? '(root)' : path;
  return new KopruError({
    kind: 'validation',
    code: 1,
    message: `invalid parameters: ${shown}: ${message}`,
    errors: [{ path, message }],
  });
}

function configError(message) {
  return lift(rawConfigError(message));
}

const isBytes = (value) => value instanceof ArrayBuffer || ArrayBuffer.isView(value);

// Why `value` (a leaf) cannot travel as JSON, or null when it can.
function leafProblem(value) {
  if (typeof value === 'number' && !Number.isFinite(value)) return 'NaN and infinity are not numbers in JSON';
  if (typeof value === 'bigint') return 'a BigInt is not a JSON number: pass a number or a decimal string';
  if (typeof value === 'string' && LONE_SURROGATE.test(value)) return 'the text is not valid Unicode (a lone surrogate)';
  return null;
}

// Checks parameters without recursion: every problem JSON.stringify would hit or
// hide (non-finite numbers, BigInt, lone surrogates, too deep or circular values)
// becomes a validation error with the path of the value.
function checkParams(params) {
  const stack = [{ value: params, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop();
    const problem = leafProblem(value);
    if (problem !== null) throw invalid(path, problem);
    if (value === null || typeof value !== 'object' || isBytes(value) || typeof value.toJSON === 'function') continue;
    if (depth >= MAX_DEPTH) throw invalid(path, `nested deeper than ${MAX_DEPTH} levels`);
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
    } else {
      for (const [key, item] of Object.entries(value)) {
        if (LONE_SURROGATE.test(key)) throw invalid(path, 'an object key is not valid Unicode (a lone surrogate)');
        stack.push({ value: item, path: path === '' ? key : `${path}.${key}`, depth: depth + 1 });
      }
    }
  }
}

// The operation name, which must be a string.
function opName(op) {
  if (typeof op !== 'string') throw configError(`the operation name must be a string, got ${op === null ? 'null' : typeof op}`);
  return op;
}

// A response `{status, headers, body}` as JSON text for the core, which checks
// its shape (HttpResponse::from_json, the same rules in every binding). This
// layer only turns bytes into text and refuses text that is not Unicode.
function responseText(response) {
  if (response === null || typeof response !== 'object' || Array.isArray(response)) {
    return responseJson(response ?? null);
  }
  let { body } = response;
  const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : ArrayBuffer.isView(body) ? body : null;
  if (bytes !== null) {
    try {
      body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw invalid('body', 'is not UTF-8 text');
    }
  }
  if (typeof body === 'string' && LONE_SURROGATE.test(body)) throw invalid('body', 'is not valid Unicode (a lone surrogate)');
  let headers = response.headers;
  if (headers !== null && typeof headers === 'object' && !Array.isArray(headers)) headers = Object.entries(headers);
  if (Array.isArray(headers)) {
    headers.forEach((pair, i) => {
      if (Array.isArray(pair) && pair.some((part) => typeof part === 'string' && LONE_SURROGATE.test(part))) {
        throw invalid(`headers[${i}]`, 'is not valid Unicode (a lone surrogate)');
      }
    });
  }
  return responseJson({ ...response, headers, body });
}

// JSON text of a response; what cannot be JSON (a cycle, a BigInt) is a validation error.
function responseJson(value) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    throw invalid('', `the response cannot be turned into JSON: ${error.message}`);
  }
}

// 64 random bits for the back-off jitter: from the platform's crypto.getRandomValues,
// or from Math.random where there is no global Web Crypto (Node 18): the jitter
// only spreads retries, it guards no secret.
function randomSeed() {
  const { crypto } = globalThis;
  if (typeof crypto?.getRandomValues === 'function') return crypto.getRandomValues(new BigUint64Array(1))[0];
  const word = () => BigInt(Math.floor(Math.random() * 2 ** 32));
  return (word() << 32n) | word();
}

// A caller's seed (a safe integer or a bigint), else a random one.
function jitterSeed(seed) {
  if (seed === undefined || seed === null) return randomSeed();
  if (typeof seed === 'bigint' && seed >= 0n && seed < 2n ** 64n) return seed;
  if (Number.isSafeInteger(seed) && seed >= 0) return BigInt(seed);
  throw configError('the jitter seed must be a non-negative integer below 2**64');
}

// Raw bytes (Uint8Array, any typed array, ArrayBuffer) travel as base64 strings.
function bytesAsBase64(_key, value) {
  const bytes =
    value instanceof ArrayBuffer
      ? new Uint8Array(value)
      : ArrayBuffer.isView(value)
        ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
        : null;
  if (bytes === null) return value;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function encode(value) {
  checkParams(value ?? {});
  return JSON.stringify(value ?? {}, bytesAsBase64);
}
// A config or a state as JSON text; what cannot be JSON (a cycle, a BigInt) is a config error.
function encodeSetting(value, what) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    throw configError(`the ${what} cannot be turned into JSON: ${error.message}`);
  }
}

const encodeState = (state) => (state == null ? undefined : encodeSetting(state, 'state'));

// Where `config.state_file` is read and written: set by the Node entry point;
// hosts without files (browsers, workers) have none and ignore `state_file`.
let stateFiles = null;

/**
 * Installs the reader and writer of state files: `load(path)` gives the text or
 * `undefined` when there is no file yet, `save(path, text)` writes it; both throw
 * on failure. Used by the Node entry point; not part of the public API.
 */
export function useStateFiles(files) {
  stateFiles = files;
}

// How the second WebAssembly module (the core's in-process sandbox, kept out of
// the default module) is loaded: set by each entry point, which knows how its
// host loads a module; resolves to the module's exports, ready to use.
let sandboxModule = null;

/**
 * Installs the loader of the sandbox module (`() => Promise<module>`), called
 * the first time a `sandbox: true` client sends. Used by the entry points; not
 * part of the public API.
 */
export function useSandboxModule(load) {
  sandboxModule = load;
}

// The transport of a `sandbox: true` client: one emulated `service` of its own,
// created on first use. Requests and responses cross as JSON text. The module
// is loaded once for all clients.
let sandboxLoaded = null;
function sandboxTransport(service) {
  let sandbox = null;
  return async (request, nowMs) => {
    sandboxLoaded ??= sandboxModule();
    sandbox ??= sandboxLoaded.then((module) => new module.RawSandbox(service));
    return (await sandbox).handle(request, nowMs);
  };
}

// How the third WebAssembly module (the bridge: `map.*` and `sync.*` operations
// and the sync runner, kept out of the default module) is loaded: set by each
// entry point as `{ load, loadNow? }`. `load()` resolves to the module's exports,
// ready to use; `loadNow()`, where the host can (Node, Deno, Bun), returns them
// at once, so `Session.start` of those operations needs no `loadBridge()` there.
let bridgeLoader = null;
let bridgeModule = null;
let bridgeLoading = null;

/**
 * Installs the loader of the bridge module. Used by the entry points; not part
 * of the public API.
 */
export function useBridgeModule(loader) {
  bridgeLoader = loader;
}

/**
 * Loads the module that answers the `map.*` and `sync.*` operations and runs
 * `syncCatalogue` and `importOrders`. `Client.call` and the sync functions load
 * it themselves; `Session.start` of such an operation needs it loaded first in
 * browsers and workers (Node, Deno and Bun load it on first use).
 */
export async function loadBridge() {
  if (bridgeModule !== null) return;
  if (bridgeLoader === null) throw configError('this entry point of the package cannot load the bridge module');
  bridgeLoading ??= bridgeLoader.load();
  try {
    bridgeModule = await bridgeLoading;
  } catch (error) {
    bridgeLoading = null;
    throw bridgeLoadFailed(error);
  }
}

// A failure to load the bridge module, as the `config` error it is.
function bridgeLoadFailed(error) {
  return configError(`cannot load kopru's bridge module: ${error?.message ?? error}`);
}

// The bridge module for a synchronous call: loaded now where the host can,
// else a `config` error that says to await `loadBridge()` first.
function loadedBridge() {
  if (bridgeModule === null && bridgeLoader?.loadNow) {
    try {
      bridgeModule = bridgeLoader.loadNow();
    } catch (error) {
      throw bridgeLoadFailed(error);
    }
  }
  if (bridgeModule === null) {
    throw configError(
      "map.* and sync.* operations are answered by kopru's bridge module, which this host loads " +
        'asynchronously: await loadBridge() once before Session.start of one ' +
        '(Client.call, syncCatalogue and importOrders load it themselves)',
    );
  }
  return bridgeModule;
}

/**
 * The sans-IO session: decides every request, sends nothing, reads no clock.
 * For callers with their own HTTP stack; most code wants `Client`.
 */
export class Session {
  #raw;
  #config;

  /** `seed`: the back-off jitter's seed; by default one from `crypto.getRandomValues`. */
  constructor(config, state, seed) {
    const jitter = jitterSeed(seed);
    this.#config = encodeSetting(config ?? {}, 'config');
    this.#raw = guarded(() => new RawSession(this.#config, encodeState(state), jitter));
  }

  /** Starts an operation: `{send, after_ms?}` or `{done}`. */
  start(op, params, nowMs) {
    const name = opName(op);
    if (isBridgeOperation(name)) {
      // As the core's start does before any call: the call in flight is dropped.
      this.#raw.abandon();
      const text = encode(params);
      const bridge = loadedBridge();
      return { done: JSON.parse(guarded(() => bridge.runLocal(this.#config, name, text))) };
    }
    return JSON.parse(guarded(() => this.#raw.start(name, encode(params), nowMs)));
  }

  /** Hands back the response to the last request: `{send, after_ms?}` or `{done}`. */
  receive(response, nowMs) {
    return JSON.parse(guarded(() => this.#raw.receive(responseText(response), nowMs)));
  }

  /** Tells the session that the last request got no response. */
  transportFailed(message, timedOut, nowMs) {
    return JSON.parse(
      guarded(() => this.#raw.transportFailed(String(message), Boolean(timedOut), nowMs)),
    );
  }

  /** Tokens and quota counters (secret-bearing): pass to `new Session(config, state)` later. */
  exportState() {
    return JSON.parse(this.#raw.exportState());
  }
}

/** The bundled client: runs whole operations over the global `fetch` (or the sandbox). */
export class Client {
  #raw;
  #config;
  #stateFile;
  #service;
  #sandbox = null;

  constructor(config, state) {
    this.#stateFile = (stateFiles && config?.state_file) || null;
    let saved;
    if (this.#stateFile) {
      try {
        saved = stateFiles.load(this.#stateFile);
      } catch (error) {
        throw configError(`cannot read state_file ${this.#stateFile}: ${error.message}`);
      }
    }
    const text = encodeSetting(config ?? {}, 'config');
    this.#raw = guarded(() => new RawSession(text, encodeState(state) ?? saved, randomSeed()));
    // The core accepted the config, so its `service` is one of the three names.
    const { service } = JSON.parse(text);
    if (this.#raw.sandbox) {
      if (!sandboxModule) {
        throw configError('`sandbox: true` needs the sandbox module, which this entry point of the package cannot load');
      }
      this.#sandbox = sandboxTransport(service);
    }
    this.#config = text;
    this.#service = service;
  }

  /** The service this client talks to (`entegra`, `erp` or `tedbul`), from its config. */
  get service() {
    return this.#service;
  }

  /** Runs one operation and resolves to its result. */
  async call(op, params) {
    const name = opName(op);
    return this.#result(name, encode(params));
  }

  /**
   * Every item of a paginated list, in order, fetched lazily: up to
   * `options.concurrency` (1 to 16, default 1) ERP pages in flight, once the
   * first page tells how many there are; each page received makes room for
   * the next. A failed page ends the walk after the items of the pages before it.
   */
  async *pages(op, params, options) {
    const name = opName(op);
    const concurrency = options?.concurrency ?? 1;
    const walk = guarded(() => new RawPageWalk(name, encode(params), Number(concurrency)));
    // The answers of the pages in flight, in the order they were handed out,
    // each settling to `{ result }` or `{ reason }` (so none is an unhandled rejection).
    const inFlight = [];
    const sendAll = () => {
      for (let page = walk.handOut(); page !== undefined; page = walk.handOut()) {
        inFlight.push(this.#result(name, page).then((result) => ({ result }), (reason) => ({ reason })));
      }
    };
    try {
      for (;;) {
        if (inFlight.length === 0) sendAll();
        if (inFlight.length === 0) return;
        const answer = await inFlight.shift();
        if ('reason' in answer) {
          walk.failNext();
          throw answer.reason;
        }
        const items = JSON.parse(guarded(() => walk.receiveNext(JSON.stringify(answer.result))));
        // Pages beyond a page that says it is the last: their answers are dropped.
        inFlight.length = walk.inFlight;
        if (inFlight.length > 0) sendAll();
        yield* items;
      }
    } finally {
      walk.free();
    }
  }

  /** Tokens and quota counters (secret-bearing): pass to `new Client(config, state)` later. */
  exportState() {
    return JSON.parse(this.#raw.exportState());
  }

  // The result of one call: the bridge's operations are answered by its module
  // (nothing is sent, the state does not change), the others by #saved.
  async #result(op, params) {
    if (!isBridgeOperation(op)) return this.#saved(op, params);
    try {
      await loadBridge();
      return JSON.parse(bridgeModule.runLocal(this.#config, op, params));
    } catch (error) {
      const lifted = lift(error);
      if (lifted instanceof KopruError) lifted.sent = false;
      throw lifted;
    }
  }

  // Runs one call; saves the state file afterwards, whatever the outcome. A
  // failed save never changes the outcome, which is the server's: an object
  // result carries a `state_not_saved` warning after its own `warnings` (as in
  // the other bindings), the same line goes to the console, the next call saves again.
  async #saved(op, params) {
    let result;
    let failure = null;
    try {
      result = await this.#run(op, params);
    } catch (error) {
      failure = error;
    }
    let warning = null;
    if (this.#stateFile) {
      try {
        stateFiles.save(this.#stateFile, this.#raw.exportState());
      } catch (error) {
        warning = { kind: 'state_not_saved', message: `cannot write state_file ${this.#stateFile}: ${error.message}` };
        console.warn(`kopru: warning (${warning.kind}): ${warning.message}`);
      }
    }
    if (failure !== null) throw failure;
    if (warning !== null && result !== null && typeof result === 'object' && !Array.isArray(result)) {
      result.warnings = [...(Array.isArray(result.warnings) ? result.warnings : []), warning];
    }
    return result;
  }

  // Runs one operation to its end: sends every step the session decides,
  // after its `after_ms`. The call is parked in the session while its request
  // is out, so the calls of one client overlap; none starts or takes its
  // answer while another's login or renewal is out (the token it brings serves
  // them all). Errors say whether a request was handed to the transport (`sent`).
  async #run(op, params) {
    const raw = this.#raw;
    let sent = false;
    let parked;
    try {
      // Each wait is written out where it is needed, so that nothing else runs
      // between the last look at the token and what the call does next.
      for (const until = this.#waitLimit(); raw.awaitsToken && Date.now() < until; ) await sleep(TOKEN_WAIT_STEP_MS);
      let step = JSON.parse(raw.start(op, params, Date.now()));
      parked = raw.park();
      while (step.send) {
        if (step.after_ms > 0) await sleep(step.after_ms);
        sent = true;
        const answer = await this.#send(step.send);
        if (!parked?.isTokenRequest) {
          for (const until = this.#waitLimit(); raw.awaitsToken && Date.now() < until; ) await sleep(TOKEN_WAIT_STEP_MS);
        }
        if (parked) {
          const call = parked;
          parked = undefined;
          raw.resume(call);
        }
        let next;
        try {
          next = answer.response === undefined
            ? raw.transportFailed(answer.failure.message, answer.failure.timedOut, Date.now())
            : raw.receive(answer.response, Date.now());
        } finally {
          parked = raw.park();
        }
        step = JSON.parse(next);
      }
      return step.done;
    } catch (error) {
      const lifted = lift(error);
      if (lifted instanceof KopruError) lifted.sent = sent;
      throw lifted;
    } finally {
      // A call that ends while parked (the sandbox module failed, an answer the
      // session could not read) is brought back and dropped: a login it had out
      // no longer holds the client's other calls.
      if (parked) {
        raw.resume(parked);
        raw.abandon();
      }
    }
  }

  // Until when a call waits while another call's login or renewal is out: at
  // most one call's deadline (looking again every TOKEN_WAIT_STEP_MS).
  #waitLimit() {
    return Date.now() + this.#raw.deadlineMs;
  }

  // Sends one request: `{ response }` (JSON text for the session) or `{ failure }`
  // when none came (the session decides about it); throws when the sandbox
  // module fails to load or answer, which ends the call.
  async #send(request) {
    if (this.#sandbox === null) return fetchOnce(request, this.#raw.timeoutMs);
    try {
      return { response: await this.#sandbox(JSON.stringify(request), Date.now()) };
    } catch (error) {
      throw configError(`the sandbox module failed: ${describeFailure(error).message}`);
    }
  }
}

// How often a call waiting for another's token looks again, in milliseconds.
const TOKEN_WAIT_STEP_MS = 5;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Sends `request` with the host's global `fetch` (looked up at call time), the
// request aborted after `timeoutMs` (0: never), and reads the whole response.
async function fetchOnce({ method, url, headers, body }, timeoutMs) {
  try {
    const init = { method, headers };
    if (body !== null && body !== undefined) init.body = body;
    if (timeoutMs > 0) init.signal = AbortSignal.timeout(timeoutMs);
    const response = await globalThis.fetch(url, init);
    const text = await response.text();
    return { response: JSON.stringify({ status: response.status, headers: [...response.headers], body: text }) };
  } catch (error) {
    return { failure: describeFailure(error) };
  }
}

// What `fetch` threw as a message (with the underlying cause, as Node reports
// `connect ECONNREFUSED` there) and whether it was the timeout.
function describeFailure(error) {
  const timedOut = error?.name === 'TimeoutError';
  let message = typeof error?.message === 'string' ? error.message : typeof error === 'string' ? error : 'fetch failed';
  const cause = error?.cause?.message;
  if (typeof cause === 'string') message = `${message}: ${cause}`;
  return { message, timedOut };
}

// The sync runner: the core's SyncRun (RawSyncRun, in the bridge module) decides every step; this loop
// only carries its actions out with the caller's clients and callbacks.

// A KopruError as the error JSON the core reads back (the fields of `Error::to_json`,
// and `sent`: whether the call's request left the process, as the C and Python runners say).
function errorJson(error) {
  const detail = { kind: error.kind, code: error.code, message: error.message };
  if (error.errors?.length) detail.errors = error.errors;
  const optional = {
    status: error.status,
    vendor_code: error.vendorCode,
    body: error.body,
    retry_after_ms: error.retryAfterMs,
    path: error.path,
    sent: error.sent,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== null && value !== undefined) detail[key] = value;
  }
  return detail;
}

// A client given to a run (whether its service fits the run, the core checks).
function runClient(client, what) {
  if (!(client instanceof Client)) {
    throw configError(`${what} must be a kopru Client, got ${client === null ? 'null' : typeof client}`);
  }
  return client;
}

function callback(fn, what) {
  if (fn !== undefined && fn !== null && typeof fn !== 'function') throw configError(`${what} must be a function`);
  return fn ?? null;
}

// Drives one run of `job` to its report.
async function runSync(job, { marketplace, erp, importer, options, snapshot, state, onSave, onProgress, dryRun }) {
  const market = runClient(marketplace, 'marketplace');
  const erpClient = erp == null ? null : runClient(erp, 'erp');
  const save = callback(onSave, 'onSave');
  const progress = callback(onProgress, 'onProgress');
  const params = { job, marketplace: market.service, state: state ?? null, options: options ?? {} };
  if (snapshot != null) params.snapshot = snapshot;
  if (dryRun != null) params.dry_run = dryRun;
  const text = encode(params);
  await loadBridge();
  const run = guarded(() => new bridgeModule.RawSyncRun(text, market.service, erpClient?.service));
  try {
    return await drive(run, market, erpClient, { importer, save, progress });
  } finally {
    // The run holds the ERP data and the listing: give its memory back now.
    run.free();
  }
}

// Carries out the run's actions until it is done (returns the report) or stops (throws).
async function drive(run, market, erpClient, { importer, save, progress }) {
  let answer = null;
  // The KopruError of the last call, when it failed: what a `fail` action raises.
  let lastError = null;
  for (;;) {
    const action = JSON.parse(guarded(() => run.step(JSON.stringify(answer))));
    answer = null;
    if (action.call) {
      const { client, op, params: callParams } = action.call;
      const target = client === 'erp' ? erpClient : market;
      if (target === null) throw configError('the run reads the ERP: give it an erp client or a snapshot');
      try {
        answer = { result: await target.call(op, callParams) };
        lastError = null;
      } catch (error) {
        if (!(error instanceof KopruError)) throw error;
        lastError = error;
        answer = { error: errorJson(error) };
      }
    } else if (action.save) {
      // A save carries the whole state or only what changed: onSave always gets the whole state.
      if (save !== null) await save(action.save.state ?? JSON.parse(guarded(() => run.state())));
    } else if (action.progress) {
      if (progress !== null) await progress(action.progress);
    } else if (action.deliver) {
      const { order, document, retry } = action.deliver;
      await importer(document, { order, retry });
      answer = { result: true };
    } else if ('done' in action) {
      return action.done;
    } else if (action.fail) {
      throw lastError ?? new KopruError(action.fail.error ?? { kind: 'config', code: 7, message: 'the sync run stopped' });
    } else {
      throw configError(`unknown sync action ${Object.keys(action).join()}`);
    }
  }
}

/**
 * Brings a marketplace (Entegra or Tedbul, the `marketplace` client's service) up
 * to date with the ERP's products and stock, with the fewest requests; resolves to
 * the report. The sync state goes to `onSave` after every step that changes it:
 * pass the last one back as `state` next time. With `dryRun: true` it reads and
 * plans, sends and saves nothing, and resolves to what it would send
 * (`endpoints`, and `changes`: now → after per item and field, largest first).
 */
export async function syncCatalogue({ marketplace, erp, options, snapshot, state, onSave, onProgress, dryRun } = {}) {
  return runSync('catalogue', { marketplace, erp, options, snapshot, state, onSave, onProgress, dryRun });
}

/**
 * Imports the marketplace's unacknowledged orders: each becomes an ERP sales-order
 * document handed to `importer(document, {order, retry})`, then the imported ones
 * are acknowledged on the marketplace; resolves to the report.
 */
export async function importOrders({ marketplace, erp, importer, options, snapshot, state, onSave, onProgress, dryRun } = {}) {
  if (typeof importer !== 'function') throw configError('importOrders needs an importer(document, {order, retry}) function');
  return runSync('orders', { marketplace, erp, importer, options, snapshot, state, onSave, onProgress, dryRun });
}
