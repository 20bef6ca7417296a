import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';

const require = createRequire(import.meta.url);
const loader = require('../../src/plugins/cardDescriptionsLoader.cjs') as ((source: string) => string) & {
  keepCardDescriptions: (prop: unknown) => unknown;
};

const doc = (id: string, sidebar: string) => ({id, title: id, description: `What ${id} is about.`, sidebar});
const versionProp = {
  version: {
    pluginId: 'default',
    docsSidebars: {
      tutorial: [
        {type: 'link', href: '/tutorial/intro', label: 'Intro', docId: 'tutorial/intro'},
        {
          type: 'category',
          label: 'Recipes',
          href: '/tutorial/recipes',
          items: [
            {type: 'link', href: '/tutorial/recipes/go', label: 'Go', docId: 'tutorial/recipes/go'},
            {type: 'category', label: 'More', items: [{type: 'link', href: '/tutorial/recipes/rust', label: 'Rust', docId: 'tutorial/recipes/rust'}]},
          ],
        },
        {type: 'link', href: 'https://docs.docker.com', label: 'Docker docs'},
      ],
      reference: [{type: 'link', href: '/reference/engine', label: 'Engine', docId: 'reference/engine'}],
    },
    docs: {
      'tutorial/intro': doc('tutorial/intro', 'tutorial'),
      'tutorial/recipes/go': doc('tutorial/recipes/go', 'tutorial'),
      'tutorial/recipes/rust': doc('tutorial/recipes/rust', 'tutorial'),
      'reference/engine': doc('reference/engine', 'reference'),
      'tutorial/unlisted': {id: 'tutorial/unlisted', title: 'Unlisted'},
    },
  },
};

describe('the docs version prop loader', () => {
  it('keeps the descriptions of docs inside a category, which its card list shows, at any depth', () => {
    const {version} = JSON.parse(loader(JSON.stringify(versionProp))) as typeof versionProp;
    expect(version.docs['tutorial/recipes/go'].description).toBe('What tutorial/recipes/go is about.');
    expect(version.docs['tutorial/recipes/rust'].description).toBe('What tutorial/recipes/rust is about.');
  });

  it('drops the descriptions of docs no card list shows, and keeps everything else', () => {
    const {version} = JSON.parse(loader(JSON.stringify(versionProp))) as typeof versionProp;
    expect(version.docs['tutorial/intro']).toEqual({id: 'tutorial/intro', title: 'tutorial/intro', sidebar: 'tutorial'});
    expect(version.docs['reference/engine']).not.toHaveProperty('description');
    expect(version.docs['tutorial/unlisted']).toEqual({id: 'tutorial/unlisted', title: 'Unlisted'});
    expect(version.docsSidebars).toEqual(versionProp.version.docsSidebars);
    expect(version.pluginId).toBe('default');
  });

  it('passes any other JSON through unchanged', () => {
    const category = {categoryGeneratedIndex: {title: 'Recipes', description: 'Complete multi-stage Dockerfiles.'}};
    expect(JSON.parse(loader(JSON.stringify(category)))).toEqual(category);
    expect(loader.keepCardDescriptions(null)).toBeNull();
  });
});
