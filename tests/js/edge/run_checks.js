// Runs a list of `{name, run}` checks one after another and returns one
// `{name, ok, ms, error}` per check; shared by every edge host (Deno, Bun, workerd).
export async function runChecks(list) {
  const results = [];
  for (const { name, run } of list) {
    const started = Date.now();
    let error = null;
    try {
      await run();
    } catch (e) {
      error = String(e?.stack ?? e);
    }
    results.push({ name, ok: error === null, ms: Date.now() - started, error });
  }
  return results;
}
