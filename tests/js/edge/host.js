// The edge checks in Deno and Bun: imports the installed package by its bare
// name (so the runtime applies the package's exports map with its own condition,
// `deno` or `bun`), runs the shared checks (tests/js/checks.js: the in-process
// sandbox, real HTTP to the loopback sandbox server, errors, every conformance
// vector) and prints the results as one JSON line.
//
//   KOPRU_SANDBOX_URL=… KOPRU_CLOSED_URL=… deno run --allow-read --allow-net --allow-env host.js
//   KOPRU_SANDBOX_URL=… KOPRU_CLOSED_URL=… bun host.js
import { readFileSync } from 'node:fs';
import * as kopru from 'kopru';
import { checks } from './checks/checks.js';
import { runChecks } from './checks/run_checks.js';

const vectors = JSON.parse(readFileSync(new URL('./vectors.json', import.meta.url), 'utf8'));
const sandboxUrl = process.env.KOPRU_SANDBOX_URL;
const closedUrl = process.env.KOPRU_CLOSED_URL;
const results = await runChecks(checks({ kopru, sandboxUrl, closedUrl, vectors, bridgeLoadsAtOnce: true }));
console.log(JSON.stringify({ results }));
