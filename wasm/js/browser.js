// Browser (and default) entry point of kopru: fetches the WebAssembly module that
// sits next to this file, then exposes the API. The sandbox module is fetched
// only when a `sandbox: true` client first sends. Bundlers that understand
// `new URL(..., import.meta.url)` copy both .wasm files along.
import init from './kopru_wasm.js';
import { useSandboxModule } from './api.js';

await init({ module_or_path: new URL('./kopru_wasm_bg.wasm', import.meta.url) });

useSandboxModule(async () => {
  const sandbox = await import('./kopru_sandbox.js');
  await sandbox.default({ module_or_path: new URL('./kopru_sandbox_bg.wasm', import.meta.url) });
  return sandbox;
});

export { Client, KopruError, Session, importOrders, syncCatalogue } from './api.js';
export * as codes from './codes.js';
