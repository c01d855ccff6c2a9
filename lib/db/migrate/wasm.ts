import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

/**
 * Loads @prisma/schema-engine-wasm by hand. Its entry point does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which Node cannot import
 * without --experimental-wasm-modules; so we instantiate the binary ourselves
 * against the JS glue module (the wasm's only import namespace).
 */
type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

type WasmExports = WebAssembly.Exports & { __wbindgen_start: () => void };

let loading: Promise<typeof SchemaEngine> | undefined;

/** Panic messages from Rust land here (the glue calls `global.PRISMA_WASM_PANIC_REGISTRY.set_message`). */
export const panicRegistry = {
  lastMessage: undefined as string | undefined,
  set_message(message: string) {
    this.lastMessage = message;
  },
};

/**
 * The engine arms a 10 s setTimeout for its advisory-lock wait and never clears it,
 * which keeps Node alive for 10 s after every migrate. Timers it sets are unref'd:
 * a real wait still keeps the process alive through its open database socket.
 */
function withUnrefTimers(glue: Record<string, unknown>): WebAssembly.ModuleImports {
  const imports: Record<string, unknown> = { ...glue };
  for (const key of Object.keys(glue).filter((k) => k.startsWith('__wbg_setTimeout_'))) {
    const original = glue[key] as (callback: () => void, ms: number) => unknown;
    imports[key] = (callback: () => void, ms: number) => {
      const timer = original(callback, ms);
      (timer as { unref?: () => void } | null)?.unref?.();
      return timer;
    };
  }
  return imports as WebAssembly.ModuleImports;
}

export function loadSchemaEngine(): Promise<typeof SchemaEngine> {
  loading ??= (async () => {
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry };
    g.PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;

    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue: Glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': withUnrefTimers(glue as unknown as Record<string, unknown>),
    });
    const exports = instance.exports as WasmExports;
    glue.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return glue.SchemaEngine;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
