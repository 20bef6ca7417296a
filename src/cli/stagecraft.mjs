/**
 * `npm run stagecraft`: bundles the CLI (src/cli/main.ts) with esbuild into one CommonJS file and runs it.
 * Bundling is what lets the CLI share the exercises' `import start from './start.Dockerfile?raw'` with
 * the site's bundler and Vitest: the `?raw` imports are inlined as text at build time, with no hook into
 * Node's module loader.
 */
import {build} from 'esbuild';
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rawSuffix = '?raw';

/** `x.Dockerfile?raw` imports become the file's text, as Vite's `?raw` and the site's bundler make them. */
const rawText = {
  name: 'raw-text',
  setup(builder) {
    builder.onResolve({filter: /\?raw$/}, (args) => ({
      path: path.resolve(args.resolveDir, args.path.slice(0, -rawSuffix.length)),
      namespace: 'raw-text',
    }));
    builder.onLoad({filter: /.*/, namespace: 'raw-text'}, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
      watchFiles: [args.path],
    }));
  },
};

// One folder per run, inside the project so that the bundle finds the installed packages it leaves out.
const cacheDir = path.join(root, 'node_modules/.cache');
mkdirSync(cacheDir, {recursive: true});
const outDir = mkdtempSync(path.join(cacheDir, 'stagecraft-cli-'));
try {
  const outfile = path.join(outDir, 'stagecraft.cjs');
  await build({
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    plugins: [rawText],
  });
  createRequire(import.meta.url)(outfile);
} finally {
  rmSync(outDir, {recursive: true, force: true});
}
