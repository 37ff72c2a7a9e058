// The bad-input corpus (tests/bad-input/*.json) in Node: one check per case that
// JavaScript can express. The cases run in a worker; a case that gives no answer
// within CASE_TIMEOUT_MS is a hang: the worker is ended and a new one goes on with
// the next case.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { applies, problem } from './bad_input.js';

const CASE_TIMEOUT_MS = 30_000;
const corpus = fileURLToPath(new URL('../bad-input/', import.meta.url));
const worker = new URL('./bad_input_worker.js', import.meta.url);

// Runs the cases of `path` from `from` on in one worker: resolves to the index
// after the last case it finished, and whether it had to be ended.
function runFrom(path, from, outcomes) {
  return new Promise((resolve) => {
    const w = new Worker(worker, { workerData: { path, from } });
    let next = from;
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        w.terminate();
        resolve({ next, hung: true });
      }, CASE_TIMEOUT_MS);
    };
    arm();
    w.on('message', ({ index, outcome }) => {
      outcomes[index] = outcome;
      next = index + 1;
      arm();
    });
    w.on('error', (error) => {
      clearTimeout(timer);
      outcomes[next] = { got: `the worker died: ${error}`, paths: [] };
      resolve({ next: next + 1, hung: false });
    });
    w.on('exit', () => {
      clearTimeout(timer);
      resolve({ next, hung: false });
    });
  });
}

for (const file of ['params.json', 'responses.json']) {
  test(`bad input ${file}`, async (t) => {
    const path = `${corpus}${file}`;
    const { cases } = JSON.parse(readFileSync(path, 'utf8'));
    const outcomes = [];
    let from = 0;
    while (from < cases.length) {
      const { next, hung } = await runFrom(path, from, outcomes);
      if (hung) outcomes[next] = { got: 'a hang (no end within the time limit)', paths: [] };
      from = hung ? next + 1 : Math.max(next, from + 1);
    }
    let passed = 0;
    let failed = 0;
    for (const [index, c] of cases.entries()) {
      if (!applies(c)) continue;
      const why = outcomes[index] ? problem(c, outcomes[index]) : 'never ran';
      if (why === null) passed += 1;
      else failed += 1;
      await t.test(c.name, () => {
        if (why !== null) throw new Error(why);
      });
    }
    console.log(`js bad input ${file}: ${passed} passed, ${failed} failed`);
  });
}
