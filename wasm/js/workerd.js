// Workers entry point of kopru (the `workerd` and `worker` conditions: Cloudflare
// Workers, workerd, wrangler): these hosts have no base URL to fetch a file from
// and refuse to compile WebAssembly from bytes, so the modules are imported as
// compiled WebAssembly modules (wrangler bundles `.wasm` imports that way) and
// instantiated synchronously. The sandbox module is imported only when a
// `sandbox: true` client first sends, the bridge module (`map.*`, `sync.*`, the
// sync runner) only when one is asked for or at `loadBridge()`.
import wasmModule from './kopru_wasm_bg.wasm';
import { initSync } from './kopru_wasm.js';
import { useBridgeModule, useSandboxModule } from './api.js';

initSync({ module: wasmModule });

useSandboxModule(async () => {
  const [sandbox, sandboxWasm] = await Promise.all([
    import('./kopru_sandbox.js'),
    import('./kopru_sandbox_bg.wasm'),
  ]);
  sandbox.initSync({ module: sandboxWasm.default });
  return sandbox;
});

useBridgeModule({
  async load() {
    const [bridge, bridgeWasm] = await Promise.all([import('./kopru_bridge.js'), import('./kopru_bridge_bg.wasm')]);
    bridge.initSync({ module: bridgeWasm.default });
    return bridge;
  },
});

export { Client, KopruError, Session, importOrders, loadBridge, syncCatalogue } from './api.js';
export * as codes from './codes.js';
