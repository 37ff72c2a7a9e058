// The bad-input corpus (tests/bad-input/*.json) through the JavaScript API,
// shared by the Node runner (tests/js/bad_input.test.js) and the browser page:
// `runCase` gives the outcome of one case (`ok` or an error kind), `problem`
// compares it with what the case expects.

const BINDING = 'js';
// How often a response is handed back before a case counts as endless.
const MAX_ROUNDS = 10;

/** True when this binding runs the case (`only` lists the bindings that can express it). */
export function applies(c) {
  return !c.only || c.only.includes(BINDING);
}

/** The kind the case expects from this binding. */
export function expected(c) {
  return c.expect_by?.[BINDING] ?? c.expect;
}

/** Builds a case input as a JavaScript value, expanding the corpus generators. */
export function expand(spec) {
  if (Array.isArray(spec)) return spec.map(expand);
  if (spec === null || typeof spec !== 'object') return spec;
  const keys = Object.keys(spec);
  if (keys.length === 1 && keys[0].startsWith('$')) return generate(keys[0], spec[keys[0]]);
  return Object.fromEntries(keys.map((key) => [key, expand(spec[key])]));
}

function generate(name, arg) {
  switch (name) {
    case '$repeat':
      return arg.text.repeat(arg.times);
    case '$concat':
      return arg.map(expand).join('');
    case '$list':
      return Array.from({ length: arg.times }, () => expand(arg.item));
    case '$nest': {
      let value = expand(arg.leaf);
      for (let i = 0; i < arg.depth; i++) value = arg.in === 'array' ? [value] : { a: value };
      return value;
    }
    case '$number':
      return JSON.parse(arg);
    case '$bad_text':
      return `${arg}\uD800`;
    default:
      throw new Error(`unknown generator ${name}`);
  }
}

function outcome(kopru, run) {
  try {
    run();
    return { got: 'ok', paths: [] };
  } catch (error) {
    if (!(error instanceof kopru.KopruError)) return { got: `not a KopruError: ${error}`, paths: [] };
    return { got: error.kind, paths: error.errors.map((e) => e.path) };
  }
}

function session(kopru, doc, c) {
  const service = doc.services[c.service];
  const config = { ...service.config, ...(c.config ?? {}) };
  return new kopru.Session(config, service.state ?? null);
}

/** Runs one case of params.json: start must end in the expected kind. */
export function runParamsCase(kopru, doc, c) {
  const s = session(kopru, doc, c);
  const op = expand(c.op);
  const params = expand(c.params);
  return outcome(kopru, () => s.start(op, params, doc.now_ms));
}

/** Runs one case of responses.json: the response goes back to every request until the end. */
export function runResponseCase(kopru, doc, c) {
  const s = session(kopru, doc, c);
  const op = expand(c.op);
  const step = s.start(op, c.params ?? doc.defaults[op] ?? {}, doc.now_ms);
  if (!step.send) return { got: `start gave no request: ${JSON.stringify(step)}`, paths: [] };
  const response = expand(c.response);
  let rounds = 0;
  let last = step;
  const result = outcome(kopru, () => {
    while (last.send && rounds < MAX_ROUNDS) {
      last = s.receive(response, doc.now_ms);
      rounds += 1;
    }
  });
  if (result.got === 'ok' && last.send) return { got: `no end after ${MAX_ROUNDS} responses`, paths: [] };
  return result;
}

/** Why the outcome does not match the case, or null when it does. */
export function problem(c, { got, paths }) {
  const want = expected(c);
  if (got !== want) return `expected ${want}, got ${got}`;
  if (got === 'validation' && c.paths) {
    const a = [...paths].sort();
    const b = [...c.paths].sort();
    if (a.length !== b.length || a.some((p, i) => p !== b[i])) {
      return `expected paths ${JSON.stringify(b)}, got ${JSON.stringify(a)}`;
    }
  }
  return null;
}

/**
 * One check per case that JavaScript can express, for the browser page:
 * `load(file)` resolves to the parsed corpus file.
 */
export async function badInputChecks(kopru, load) {
  const out = [];
  for (const [file, runCase] of [
    ['params.json', runParamsCase],
    ['responses.json', runResponseCase],
  ]) {
    const doc = await load(file);
    for (const c of doc.cases.filter(applies)) {
      out.push({
        name: `bad input ${file}: ${c.name}`,
        run: () => {
          const why = problem(c, runCase(kopru, doc, c));
          if (why !== null) throw new Error(why);
        },
      });
    }
  }
  return out;
}
