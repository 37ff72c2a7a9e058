// The conformance vector runner (docs/ARCHITECTURE.md, "Conformance vectors"),
// shared by the Node and the browser suites: one check per case.
import { AssertionError, deepEqual, equal, ok, same, throws } from './assert.js';

function expectError(kopru, error, expected, where) {
  ok(error instanceof kopru.KopruError, `${where}: expected a KopruError, got ${error}`);
  equal(error.kind, expected.kind, `${where}: error kind (${error.message})`);
  if (expected.paths) {
    const paths = error.errors.map((e) => e.path).sort();
    deepEqual(paths, [...expected.paths].sort(), `${where}: error paths`);
  }
  if (expected.codes) {
    const codes = error.errors.map((e) => e.code).sort();
    deepEqual(codes, [...expected.codes].sort(), `${where}: error codes`);
  }
  if (expected.message !== undefined) {
    equal(error.message, expected.message, `${where}: error message`);
  }
}

function expectRequest(request, expected) {
  ok(request, 'start gave no request to send');
  equal(request.method, expected.method, 'method');
  equal(request.url, expected.url, 'url');
  for (const [name, value] of expected.headers ?? []) {
    const found = request.headers.find(([n]) => n.toLowerCase() === name.toLowerCase());
    ok(found, `header ${name} missing (have ${request.headers.map(([n]) => n).join(', ')})`);
    equal(found[1], value, `header ${name}`);
  }
  if ('body' in expected) {
    if (expected.body === null) {
      equal(request.body, null, 'body');
    } else {
      ok(typeof request.body === 'string', `expected a body, got ${request.body}`);
      const want = typeof expected.body === 'string' ? JSON.parse(expected.body) : expected.body;
      deepEqual(JSON.parse(request.body), want, 'body');
    }
  }
}

/** Runs one case against `kopru` (the package's exports); throws on a mismatch. */
export function runCase(kopru, c) {
  const session = new kopru.Session(c.config, c.state ?? null);
  if (c.expect_error && !c.response) {
    const error = throws(() => session.start(c.op, c.params ?? {}, c.now_ms), 'start did not fail');
    expectError(kopru, error, c.expect_error, 'start');
    return;
  }
  const step = session.start(c.op, c.params ?? {}, c.now_ms);
  if (!c.response && 'expect_result' in c) {
    ok('done' in step, `a local operation did not finish: ${JSON.stringify(step)}`);
    if (!same(step.done, c.expect_result)) {
      throw new AssertionError(
        `local result differs:\n  expected ${JSON.stringify(c.expect_result)}\n  got      ${JSON.stringify(step.done)}`,
      );
    }
    return;
  }
  if (c.expect_request) expectRequest(step.send, c.expect_request);
  if (!c.response) return;
  if (c.expect_error) {
    const error = throws(() => session.receive(c.response, c.now_ms), 'receive did not fail');
    expectError(kopru, error, c.expect_error, 'receive');
    return;
  }
  const next = session.receive(c.response, c.now_ms);
  ok('done' in next, `receive did not finish: ${JSON.stringify(next)}`);
  if ('expect_result' in c && !same(next.done, c.expect_result)) {
    throw new AssertionError(
      `result differs:\n  expected ${JSON.stringify(c.expect_result)}\n  got      ${JSON.stringify(next.done)}`,
    );
  }
}

/** One check per case of every vector file: `files` is `[{file, cases}]`. */
export function vectorChecks(kopru, files) {
  return files.flatMap(({ file, cases }) =>
    cases.map((c, i) => ({
      name: `vector ${file} #${i + 1}: ${c.name}`,
      // Browsers and workers load the bridge module (map.*, sync.*) only when asked.
      run: async () => {
        await kopru.loadBridge();
        runCase(kopru, c);
      },
    })),
  );
}
