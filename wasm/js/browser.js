// Browser (and default) entry point of kopru: fetches the WebAssembly module that
// sits next to this file, then exposes the API. The sandbox module is fetched
// only when a `sandbox: true` client first sends, the bridge module (`map.*`,
// `sync.*`, the sync runner) only when one is asked for or at `loadBridge()`.
// Bundlers that understand `new URL(..., import.meta.url)` copy the .wasm files along.
import init from './kopru_wasm.js';
import { useBridgeModule, useSandboxModule } from './api.js';

await init({ module_or_path: new URL('./kopru_wasm_bg.wasm', import.meta.url) });

useSandboxModule(async () => {
  const sandbox = await import('./kopru_sandbox.js');
  await sandbox.default({ module_or_path: new URL('./kopru_sandbox_bg.wasm', import.meta.url) });
  return sandbox;
});

useBridgeModule({
  async load() {
    const bridge = await import('./kopru_bridge.js');
    await bridge.default({ module_or_path: new URL('./kopru_bridge_bg.wasm', import.meta.url) });
    return bridge;
  },
});

export { Client, KopruError, Session, importOrders, loadBridge, syncCatalogue } from './api.js';
export * as codes from './codes.js';
