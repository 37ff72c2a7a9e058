// A small assertion library that runs unchanged in Node and in the browser.

/** Thrown when a check fails. */
export class AssertionError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (value) => {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};

/** Fails unless `value` is truthy. */
export function ok(value, message) {
  if (!value) throw new AssertionError(message ?? `expected a truthy value, got ${show(value)}`);
}

/** Fails unless `actual` and `expected` are the same value (`Object.is`). */
export function equal(actual, expected, message) {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Structural equality of JSON-like values; object key order does not matter. */
export function same(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
}

/** Fails unless `actual` and `expected` are structurally equal. */
export function deepEqual(actual, expected, message) {
  if (!same(actual, expected)) {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Runs `fn`; fails unless it throws. Returns what was thrown. */
export function throws(fn, message) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new AssertionError(message ?? 'expected an exception, none was thrown');
}

/** Awaits `promise`; fails unless it rejects. Returns the rejection reason. */
export async function rejects(promise, message) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new AssertionError(message ?? 'expected a rejection, the promise resolved');
}
