// Runs the shared checks (tests/js/checks.js) in the browser against the package
// in wasm/pkg, shows them on the page and posts them to the test server.
const report = (body) =>
  fetch('/report', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

async function main() {
  const kopru = await import('kopru');
  const { checks } = await import('/js/checks.js');
  const { catalogueChecks } = await import('/js/catalogue.js');
  const { badInputChecks } = await import('/js/bad_input.js');
  const { syncChecks } = await import('/js/sync.js');
  const { sandboxUrl, closedUrl } = await (await fetch('/config.json')).json();
  const files = await (await fetch('/vectors/index.json')).json();
  const vectors = await Promise.all(
    files.map(async (file) => ({ file, cases: (await (await fetch(`/vectors/${file}`)).json()).cases })),
  );
  const operations = await (await fetch('/operations.json')).json();
  const all = [
    ...checks({ kopru, sandboxUrl, closedUrl, vectors, bridgeLoadsAtOnce: false }),
    ...catalogueChecks({ kopru, sandboxUrl, operations }),
    // One catalogue sync and one orders import, with the browser's fetch.
    ...syncChecks({ kopru, sandboxUrl, operations }).filter((check) => check.browser),
    ...(await badInputChecks(kopru, async (file) => (await fetch(`/bad-input/${file}`)).json())),
  ];
  const results = [];
  const list = document.getElementById('results');
  for (const { name, run } of all) {
    const started = performance.now();
    let error = null;
    try {
      await run();
    } catch (e) {
      error = String(e?.stack ?? e);
    }
    results.push({ name, ok: error === null, ms: Math.round(performance.now() - started), error });
    const item = document.createElement('li');
    item.textContent = `${error === null ? 'ok' : 'FAILED'} ${name}${error ? `: ${error}` : ''}`;
    list.append(item);
  }
  const failed = results.filter((r) => !r.ok).length;
  document.getElementById('summary').textContent = `${results.length - failed} passed, ${failed} failed`;
  await report({ userAgent: navigator.userAgent, results });
}

main().catch((error) => report({ fatal: String(error?.stack ?? error) }));
