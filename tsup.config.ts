import { defineConfig } from 'tsup';

// unified, retext-english and vfile are ESM-only: should the library ever import
// one of them at run time (the retext plugin imports only their types today),
// the CommonJS build bundles it, so that `require('undersigned')` works everywhere.
const esmOnly = [/^unified/, /^retext/, /^parse-english/, /^parse-latin/, /^nlcst/, /^unist/, /^vfile/, /^bail/, /^devlop/, /^extend/, /^is-plain-obj/, /^trough/, /^array-iterate/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', retext: 'src/retext.ts', node: 'src/node.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
  },
  {
    entry: { index: 'src/index.ts', retext: 'src/retext.ts', node: 'src/node.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    noExternal: esmOnly,
    // undersigned/node finds its worker beside itself: import.meta.url in CommonJS too.
    shims: true,
  },
  {
    // The command line and its worker start as one file each (plus shared chunks):
    // Node loads a bundle much faster than hundreds of small ESM files. tinypool
    // stays external (it loads its own worker files); cli-progress and tinyglobby
    // are loaded lazily, only when a run needs them.
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    splitting: true,
    noExternal: [/^(?!tinypool|cli-progress|tinyglobby)/],
    external: ['tinypool', 'cli-progress', 'tinyglobby'],
    banner: { js: "import { createRequire as __undersignedRequire } from 'node:module'; const require = __undersignedRequire(import.meta.url);" },
  },
]);
