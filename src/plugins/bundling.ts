import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Bundler adjustments the site needs (see docs/engine notes in the README):
 * - Dockerfiles are imported as text with `?raw`, as in Vite, so authored content stays in real files.
 * - dockerfile-ast calls Node's Buffer.from for its BOM check; a loader scoped to that one file gives it a
 *   module-local stand-in, without a global Buffer that Monaco would feature-detect.
 * - dockerfile-language-service imports Node's https for registry completions we never use.
 * - mermaid's parser would otherwise land in the shared chunk of every page, and Monaco's CSS in the
 *   global stylesheet; both must load only with the components that need them.
 */
function isMonacoModule(module: object): boolean {
  const {resource, nameForCondition} = module as {resource?: string; nameForCondition?: () => string | null};
  const name = resource ?? nameForCondition?.call(module) ?? '';
  return /[\\/]monaco-editor[\\/]/.test(name);
}

export default function bundlingPlugin(_context: LoadContext): Plugin {
  return {
    name: 'stagecraft-bundling',
    configureWebpack(config, isServer) {
      const rules = [
        {resourceQuery: /raw/, type: 'asset/source'},
        {
          test: /[\\/]dockerfile-ast[\\/]lib[\\/]util\.js$/,
          use: [path.resolve(__dirname, 'bufferShimLoader.cjs')],
        },
      ];
      if (isServer) {
        return {module: {rules}, resolve: {fallback: {https: false}}};
      }
      const splitChunks = config.optimization?.splitChunks;
      const cacheGroups = splitChunks && typeof splitChunks === 'object' && splitChunks.cacheGroups ? {...splitChunks.cacheGroups} : {};
      const styles = cacheGroups.styles;
      if (styles && typeof styles === 'object') {
        cacheGroups.styles = {
          ...styles,
          test: (module: object) => !isMonacoModule(module),
        };
      }
      return {
        module: {rules},
        resolve: {fallback: {https: false}},
        optimization: {
          splitChunks: {
            ...(typeof splitChunks === 'object' ? splitChunks : {}),
            cacheGroups: {
              ...cacheGroups,
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
