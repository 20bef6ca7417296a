// prism-react-renderer defines its twenty-odd languages when its module is evaluated, which is part of every page's
// start (Docusaurus imports it in `main`): about a third of the evaluation of `main` in a Chromium profile, most of it
// Prism's insertBefore walking every grammar for each language that extends another. A page in the light theme
// never needs them at load, since its code blocks keep the server's highlighted HTML (src/theme/CodeBlock/Content).
// This loader moves the definitions into a function that Highlight calls before tokenising a language Prism does not
// have yet, so they are defined when such a block is first drawn in the browser (dark theme, a switch of theme,
// client-side navigation) and on the server as before; a Dockerfile or shell block (languages the site adds at
// start) needs none of them. Languages added through Docusaurus's `prism.additionalLanguages` are registered at start on
// the bare Prism: only languages that extend none of the built-in ones can be added (docker and bash do not);
// tests/plugins/prismLanguagesLoader.test.ts holds the configuration to that.

const languagesStart = '// src/prism-langs.ts\nvar Prism = __toESM(require_prism());\n';
const languagesEnd = '\n// src/themes/index.ts\n';
const highlightStart =
  'var Highlight = ({\n  children,\n  language: _language,\n  code,\n  theme: theme21,\n  prism\n}) => {\n  const language = _language.toLowerCase();\n';

/** The source with the languages defined on first use, or an error naming what changed in prism-react-renderer. */
function deferPrismLanguages(source) {
  const start = source.indexOf(languagesStart);
  const end = source.indexOf(languagesEnd, start);
  const highlight = source.indexOf(highlightStart);
  if (start < 0 || end < 0 || highlight < end || source.indexOf(languagesStart, start + 1) >= 0) {
    throw new Error(
      'prismLanguagesLoader: prism-react-renderer no longer defines its languages between "// src/prism-langs.ts" and "// src/themes/index.ts", or its Highlight changed: check the new version and update or drop this loader',
    );
  }
  const definitions = source.slice(start + languagesStart.length, end);
  const deferred = [
    languagesStart,
    'var stagecraftLanguagesDefined = false;\n',
    'function stagecraftDefineLanguages() {\n',
    '  if (stagecraftLanguagesDefined) return;\n',
    '  stagecraftLanguagesDefined = true;\n',
    definitions,
    '\n}\n',
  ].join('');
  const afterLanguages =
    source.slice(end, highlight) +
    highlightStart +
    '  if (prism.languages[language] == null) stagecraftDefineLanguages();\n' +
    source.slice(highlight + highlightStart.length);
  return source.slice(0, start) + deferred + afterLanguages;
}

module.exports = function prismLanguagesLoader(source) {
  return deferPrismLanguages(source);
};
module.exports.deferPrismLanguages = deferPrismLanguages;
