// Lets the CLI import authored files as text with `?raw` (`import start from './start.Dockerfile?raw'`),
// as the site's bundler and Vitest do. The CLI's TypeScript runs as CommonJS under tsx, so this hooks
// CommonJS resolution: `x.Dockerfile?raw` resolves to the file, and loads as its text.
const Module = require('node:module');
const {readFileSync} = require('node:fs');

const suffix = '?raw';
const resolveFilename = Module._resolveFilename;

Module._resolveFilename = function resolveRaw(request, ...rest) {
  if (typeof request === 'string' && request.endsWith(suffix)) {
    return resolveFilename.call(this, request.slice(0, -suffix.length), ...rest) + suffix;
  }
  return resolveFilename.call(this, request, ...rest);
};

const loadJs = Module._extensions['.js'];
Module._extensions['.js'] = function loadRawOrJs(module, filename) {
  if (filename.endsWith(suffix)) {
    module.exports = {__esModule: true, default: readFileSync(filename.slice(0, -suffix.length), 'utf8')};
    return;
  }
  return loadJs.call(this, module, filename);
};
