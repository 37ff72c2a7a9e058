// The edge checks in workerd: a Worker that imports the package by its bare
// name (the suite resolves it through the exports map with the `workerd`
// condition, as wrangler does), runs the shared checks on each request and
// answers their results as JSON. Loopback calls go out through the global
// fetch (the config's `globalOutbound` allows local addresses).
import * as kopru from 'kopru';
import { checks } from './checks/checks.js';
import { runChecks } from './checks/run_checks.js';
import vectors from './vectors.json';

export default {
  async fetch(request, env) {
    const results = await runChecks(
      checks({
        kopru,
        sandboxUrl: env.KOPRU_SANDBOX_URL,
        closedUrl: env.KOPRU_CLOSED_URL,
        vectors,
        bridgeLoadsAtOnce: false,
      }),
    );
    return Response.json({ results });
  },
};
