// The public JavaScript API of kopru, shared by the Node and browser entry points.
//
// A thin layer over the WebAssembly module: values cross as JSON text (money is
// a decimal string, so it stays exact), and the error JSON the module throws
// becomes a KopruError. Everything else (validation, paths, tokens, retries,
// quotas, paging) is decided by kopru-core inside the module.
import { RawClient, RawSession, configError, pageParts } from './kopru_wasm.js';

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

const encode = (value) => JSON.stringify(value ?? {}, bytesAsBase64);
const encodeState = (state) => (state == null ? undefined : JSON.stringify(state));

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

/**
 * The sans-IO session: decides every request, sends nothing, reads no clock.
 * For callers with their own HTTP stack; most code wants `Client`.
 */
export class Session {
  #raw;

  constructor(config, state) {
    this.#raw = guarded(() => new RawSession(encode(config), encodeState(state)));
  }

  /** Starts an operation: `{send, after_ms?}` or `{done}`. */
  start(op, params, nowMs) {
    return JSON.parse(guarded(() => this.#raw.start(op, encode(params), nowMs)));
  }

  /** Hands back the response to the last request: `{send, after_ms?}` or `{done}`. */
  receive(response, nowMs) {
    return JSON.parse(guarded(() => this.#raw.receive(JSON.stringify(response), nowMs)));
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
  #stateFile;

  constructor(config, state) {
    this.#stateFile = (stateFiles && config?.state_file) || null;
    let saved;
    if (this.#stateFile) {
      try {
        saved = stateFiles.load(this.#stateFile);
      } catch (error) {
        throw lift(configError(`cannot read state_file ${this.#stateFile}: ${error.message}`));
      }
    }
    this.#raw = guarded(() => new RawClient(encode(config), encodeState(state) ?? saved));
  }

  /** Runs one operation and resolves to its result. */
  async call(op, params) {
    return JSON.parse(await this.#text(op, encode(params)));
  }

  /** Every item of a paginated list, fetched lazily page by page. */
  async *pages(op, params) {
    let page = encode(params);
    while (page !== null) {
      const text = await this.#text(op, page);
      const { items, next } = JSON.parse(guarded(() => pageParts(page, text)));
      yield* items;
      page = next === null ? null : JSON.stringify(next);
    }
  }

  /** Tokens and quota counters (secret-bearing): pass to `new Client(config, state)` later. */
  exportState() {
    return JSON.parse(this.#raw.exportState());
  }

  // Runs one call; saves the state file afterwards, whatever the outcome (a
  // failure to save is reported only when the call itself succeeded).
  async #text(op, params) {
    let text;
    let failure = null;
    try {
      text = await this.#raw.call(op, params);
    } catch (error) {
      failure = lift(error);
    }
    if (this.#stateFile) {
      try {
        stateFiles.save(this.#stateFile, this.#raw.exportState());
      } catch (error) {
        failure ??= lift(configError(`cannot write state_file ${this.#stateFile}: ${error.message}`));
      }
    }
    if (failure !== null) throw failure;
    return text;
  }
}
