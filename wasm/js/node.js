// Node entry point of kopru: loads the WebAssembly module from the package folder
// synchronously and keeps `config.state_file` on disk between runs.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { initSync } from './kopru_wasm.js';
import { useStateFiles } from './api.js';

initSync({ module: readFileSync(new URL('./kopru_wasm_bg.wasm', import.meta.url)) });

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

export { Client, KopruError, Session, importOrders, syncCatalogue } from './api.js';
export * as codes from './codes.js';
