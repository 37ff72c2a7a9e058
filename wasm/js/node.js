// Node entry point of kopru (also Deno's and Bun's): loads the WebAssembly
// module from the package folder synchronously, keeps `config.state_file` on
// disk between runs, loads the sandbox module only when a `sandbox: true`
// client first sends, and the bridge module (`map.*`, `sync.*`, the sync runner)
// synchronously on first use.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { initSync } from './kopru_wasm.js';
import * as bridge from './kopru_bridge.js';
import { useBridgeModule, useSandboxModule, useStateFiles } from './api.js';

const packageFile = (name) => readFileSync(new URL(name, import.meta.url));

initSync({ module: packageFile('./kopru_wasm_bg.wasm') });

useSandboxModule(async () => {
  const sandbox = await import('./kopru_sandbox.js');
  sandbox.initSync({ module: packageFile('./kopru_sandbox_bg.wasm') });
  return sandbox;
});

const loadBridgeNow = () => {
  bridge.initSync({ module: packageFile('./kopru_bridge_bg.wasm') });
  return bridge;
};
useBridgeModule({ load: async () => loadBridgeNow(), loadNow: loadBridgeNow });

useStateFiles({
  load(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    }
  },
  save(path, text) {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, text, { mode: 0o600 });
    renameSync(temporary, path);
  },
});

export { Client, KopruError, Session, importOrders, loadBridge, syncCatalogue } from './api.js';
export * as codes from './codes.js';
