// Browser (and default) entry point of kopru: fetches the WebAssembly module that
// sits next to this file, then exposes the API. Bundlers that understand
// `new URL(..., import.meta.url)` copy the .wasm file along.
import init from './kopru_wasm.js';

await init({ module_or_path: new URL('./kopru_wasm_bg.wasm', import.meta.url) });

export { Client, KopruError, Session, importOrders, syncCatalogue } from './api.js';
export * as codes from './codes.js';
