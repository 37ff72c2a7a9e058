// Worker of tests/js/bad_input.test.js: runs the cases of one corpus file from
// `workerData.from` on, posting each outcome as it ends, so that the parent can
// stop a case that hangs (terminate) and go on with the next one.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import * as kopru from 'kopru';
import { applies, runParamsCase, runResponseCase } from './bad_input.js';

const { path, from } = workerData;
const doc = JSON.parse(readFileSync(path, 'utf8'));
const run = path.endsWith('responses.json') ? runResponseCase : runParamsCase;
for (let index = from; index < doc.cases.length; index++) {
  const c = doc.cases[index];
  parentPort.postMessage({ index, outcome: applies(c) ? run(kopru, doc, c) : null });
}
