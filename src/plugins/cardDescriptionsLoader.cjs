// The docs plugin puts every doc's description into the sidebar data each docs page loads (about 2.3 KB
// gzip here). The only client reader is DocCard (useDocById), and DocCards list a category's items: so only
// docs inside a category keep theirs. Each page's own description stays in its own metadata (meta tags).

/** The doc ids found under a category of any sidebar: the docs a category's card list can show. */
function docIdsInCategories(sidebars) {
  const ids = new Set();
  const visit = (items, inCategory) => {
    for (const item of items) {
      if (item.type === 'category') visit(item.items ?? [], true);
      else if (inCategory && typeof item.docId === 'string') ids.add(item.docId);
    }
  };
  for (const items of Object.values(sidebars)) visit(items, false);
  return ids;
}

/** The docs version prop with descriptions dropped from docs no card list can show; anything else as it was. */
function keepCardDescriptions(prop) {
  const version = prop && prop.version;
  if (!version || typeof version.docs !== 'object' || typeof version.docsSidebars !== 'object') return prop;
  const shown = docIdsInCategories(version.docsSidebars);
  const docs = {};
  for (const [id, doc] of Object.entries(version.docs)) {
    if (shown.has(id) || !('description' in doc)) docs[id] = doc;
    else {
      const {description: _dropped, ...rest} = doc;
      docs[id] = rest;
    }
  }
  return {...prop, version: {...version, docs}};
}

module.exports = function cardDescriptionsLoader(source) {
  return JSON.stringify(keepCardDescriptions(JSON.parse(source)));
};
module.exports.keepCardDescriptions = keepCardDescriptions;
