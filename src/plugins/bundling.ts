import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Bundler adjustments the site needs (see docs/engine notes in the README):
 * - Dockerfiles are imported as text with `?raw`, as in Vite, so authored content stays in real files.
 * - dockerfile-ast calls Node's Buffer.from for its BOM check; a loader scoped to that one file gives it a
 *   module-local stand-in, without a global Buffer that Monaco would feature-detect.
 * - dockerfile-language-service imports Node's https for registry completions we never use.
 * - mermaid's parser would otherwise land in the shared chunk of every page, and Monaco's CSS in the
 *   global stylesheet; both must load only with the components that need them. The same holds for our own
 *   components (the labs' shell is in most chapters, so it would land in the `common` chunk every page loads).
 * - mermaid loads a flowchart's diagram code and its dagre layout with dynamic imports of its own, each only
 *   after the one before has run: three round trips one after another. Two aliases name those files (their
 *   names carry a content hash, so they are looked up here) so that src/components/lib/mermaid can fetch all
 *   three at once.
 * - the docs plugin puts every doc's description into the data each docs page loads, for the card lists of
 *   category pages; a loader keeps only the descriptions of docs inside a category (cardDescriptionsLoader.cjs).
 * - prism-react-renderer defines its languages when a code block is first drawn, not at start
 *   (prismLanguagesLoader.cjs).
 * - the switch of useIsBrowser to true after hydration renders in a transition (browserContext/browserContext.ts),
 *   and a link prefetch asks for each file once (prefetch/prefetchOnce.ts): both replace a Docusaurus module.
 * - mermaid's getConfig deep-copies the whole configuration on every call, two thirds of a render; a loader
 *   scoped to the chunk that defines it caches the copy (see mermaidConfigCacheLoader.cjs).
 */
function moduleName(module: object): string {
  const {resource, nameForCondition} = module as {resource?: string; nameForCondition?: () => string | null};
  return resource ?? nameForCondition?.call(module) ?? '';
}

const isMonacoModule = (module: object) => /[\\/]monaco-editor[\\/]/.test(moduleName(module));

const siteSourceDir = path.resolve(__dirname, '..');
const isSiteSource = (module: object) => moduleName(module).startsWith(siteSourceDir + path.sep);

const mermaidChunksDir = path.join(path.dirname(require.resolve('mermaid/package.json')), 'dist/chunks/mermaid.core');

/** The one file in mermaid's chunk folder whose name starts with `prefix` (mermaid hashes the rest). */
function mermaidChunk(prefix: string): string {
  const matches = readdirSync(mermaidChunksDir).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.mjs'));
  if (matches.length !== 1) throw new Error(`expected one ${prefix}-*.mjs in ${mermaidChunksDir}, found ${matches.length}`);
  return path.join(mermaidChunksDir, matches[0]!);
}

/** The one file in mermaid's chunk folder that defines getConfig. */
function mermaidConfigChunk(): string {
  const matches = readdirSync(mermaidChunksDir).filter(
    (name) => name.endsWith('.mjs') && readFileSync(path.join(mermaidChunksDir, name), 'utf8').includes('var getConfig = /* @__PURE__ */'),
  );
  if (matches.length !== 1) throw new Error(`expected one chunk defining getConfig in ${mermaidChunksDir}, found ${matches.length}`);
  return path.join(mermaidChunksDir, matches[0]!);
}

/** The docs plugin's route props (`p/*.json`): the version prop every docs page loads is among them. */
const docsRoutePropsFile = /[\\/]\.docusaurus[\\/]docusaurus-plugin-content-docs[\\/][^\\/]+[\\/]p[\\/][^\\/]+\.json$/;

/** prism-react-renderer's ES module build, whose languages are defined on first use (prismLanguagesLoader.cjs). */
const prismReactRenderer = /[\\/]prism-react-renderer[\\/]dist[\\/]index\.mjs$/;

/** Docusaurus's provider of useIsBrowser, and ours, which switches to true in a transition (see that file). */
const coreBrowserContext = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]browserContext\.js$/;
const ownBrowserContext = path.resolve(__dirname, 'browserContext/browserContext.ts');
/** Docusaurus's helper that prefetches one file, and ours, which asks for each file once (see that file). */
const corePrefetchHelper = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]prefetch\.js$/;
const ownPrefetchHelper = path.resolve(__dirname, 'prefetch/prefetchOnce.ts');

export default function bundlingPlugin(_context: LoadContext): Plugin {
  // mermaid's chunk folder is read once per build, not once per compiler (client and server).
  const configChunk = mermaidConfigChunk();
  const alias = {
    'stagecraft-mermaid-flowchart': mermaidChunk('flowDiagram'),
    'stagecraft-mermaid-dagre': mermaidChunk('dagre'),
  };
  return {
    name: 'stagecraft-bundling',
    configureWebpack(config, isServer, utils) {
      // Tools that only read the configuration (knip) call this with stand-in utils that have no bundler.
      const bundler = (utils as Partial<typeof utils>).currentBundler?.instance;
      const plugins = bundler
        ? [
            new bundler.NormalModuleReplacementPlugin(coreBrowserContext, ownBrowserContext),
            new bundler.NormalModuleReplacementPlugin(corePrefetchHelper, ownPrefetchHelper),
          ]
        : [];
      const rules = [
        {resourceQuery: /raw/, type: 'asset/source'},
        {
          test: /[\\/]dockerfile-ast[\\/]lib[\\/]util\.js$/,
          use: [path.resolve(__dirname, 'bufferShimLoader.cjs')],
        },
        {test: (resource: string) => resource === configChunk, use: [path.resolve(__dirname, 'mermaidConfigCacheLoader.cjs')]},
        {test: docsRoutePropsFile, use: [path.resolve(__dirname, 'cardDescriptionsLoader.cjs')]},
        {test: prismReactRenderer, use: [path.resolve(__dirname, 'prismLanguagesLoader.cjs')]},
      ];
      if (isServer) {
        return {module: {rules}, resolve: {fallback: {https: false}, alias}, plugins};
      }
      const splitChunks = config.optimization?.splitChunks;
      const cacheGroups = splitChunks && typeof splitChunks === 'object' && splitChunks.cacheGroups ? {...splitChunks.cacheGroups} : {};
      const common = cacheGroups.common;
      if (common && typeof common === 'object') cacheGroups.common = {...common, test: (module: object) => !isSiteSource(module)};
      const styles = cacheGroups.styles;
      if (styles && typeof styles === 'object') {
        cacheGroups.styles = {
          ...styles,
          test: (module: object) => !isMonacoModule(module),
        };
      }
      return {
        module: {rules},
        resolve: {fallback: {https: false}, alias},
        plugins,
        optimization: {
          splitChunks: {
            ...(typeof splitChunks === 'object' ? splitChunks : {}),
            cacheGroups: {
              ...cacheGroups,
              // Docusaurus's `common` chunk takes what half the pages use and every page loads it, so the labs'
              // shell (in most chapters) would reach the reading pages; our modules shared by several pages get a
              // chunk per set of pages that use them instead.
              siteShared: {test: isSiteSource, chunks: 'async', minChunks: 2, minSize: 4000, priority: 40, name: false},
              mermaidParser: {
                test: /[\\/]node_modules[\\/]@mermaid-js[\\/]parser[\\/]/,
                chunks: 'async',
                enforce: true,
                priority: 60,
                name: false,
              },
            },
          },
        },
      };
    },
  };
}
