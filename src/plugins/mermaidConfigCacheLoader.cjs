// mermaid's getConfig() deep-copies its whole configuration (every diagram type's settings) on each call, and one
// flowchart render calls it dozens of times: about two thirds of a render. This loader makes getConfig return one
// copy per configuration: mermaid replaces `currentConfig` whenever the configuration changes (each render starts
// by resetting it), so a copy is never older than the configuration it copies. Callers now share that copy, which
// is safe only while none writes to it in a way that changes what a later call reads: the one write a flowchart
// makes (its diagram's init sets flowchart.arrowMarkerAbsolute) is followed at once by a setConfig of the same
// value, which replaces the configuration. Every diagram on the site is a flowchart, and
// tests/e2e/mermaidConfigCache.spec.ts draws every chart of the site with and without this change and requires
// identical SVG.

const getConfigPattern = /(getConfig = \/\* @__PURE__ \*\/ __name\(\(\) => \{)\s*return assignWithDepth_default\(\{\}, currentConfig\);(\s*\}, "getConfig"\);)/;

const cachedGetConfigBody = `
  if (stagecraftCachedConfigFor !== currentConfig) {
    stagecraftCachedConfig = assignWithDepth_default({}, currentConfig);
    stagecraftCachedConfigFor = currentConfig;
  }
  return stagecraftCachedConfig;`;

/** The source with getConfig cached, or an error naming what changed when mermaid's getConfig is not where it was. */
function cacheMermaidGetConfig(source) {
  if (!getConfigPattern.test(source)) {
    throw new Error(
      'mermaidConfigCacheLoader: mermaid\'s getConfig no longer reads "return assignWithDepth_default({}, currentConfig);": check the new version and update or drop this loader',
    );
  }
  return `var stagecraftCachedConfig, stagecraftCachedConfigFor;\n${source.replace(getConfigPattern, `$1${cachedGetConfigBody}$2`)}`;
}

module.exports = function mermaidConfigCacheLoader(source) {
  return cacheMermaidGetConfig(source);
};
module.exports.cacheMermaidGetConfig = cacheMermaidGetConfig;
