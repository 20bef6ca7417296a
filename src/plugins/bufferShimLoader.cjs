// Prepends a module-local Buffer.from (UTF-8 bytes via TextEncoder) to dockerfile-ast's util.js, the only
// place it calls Node's Buffer. Scoped to that file so no global Buffer exists for Monaco to detect.
module.exports = function bufferShimLoader(source) {
  return 'var Buffer = { from: function (s) { return new TextEncoder().encode(String(s)); } };\n' + source;
};
