// DOCS: true in vitest (vitest.config.mts) and the docs generator, false in esbuild builds (esbuild.config.mjs), so rule examples leave main.js.
declare const DOCS: boolean;
