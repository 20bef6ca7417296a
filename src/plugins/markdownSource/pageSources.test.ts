import {describe, expect, it} from 'vitest';
import {llmsTxt, markdownPath, pageMarkdown, sidebarIndexes, type DocPage} from './pageSources';

const page = (overrides: Partial<DocPage>): DocPage => ({
  title: 'T',
  description: '',
  permalink: '/x',
  sidebar: 'tutorial',
  sidebarIndex: null,
  source: 'docs/x.mdx',
  ...overrides,
});

describe('markdownPath', () => {
  it('serves a page at its route plus .md', () => {
    expect(markdownPath('/tutorial/target')).toBe('/tutorial/target.md');
    expect(markdownPath('/exercises/')).toBe('/exercises.md');
    expect(markdownPath('/')).toBe('/index.md');
  });
});

describe('pageMarkdown', () => {
  it('drops the front matter and puts the title and description first', () => {
    const source = '---\nslug: /x\ntitle: Naming stages\n---\n\nText {/* not touched */}\n\n## Part {/* #part */}\n';
    expect(pageMarkdown({title: 'Naming stages', description: 'Why names.'}, source)).toBe(
      '# Naming stages\n\n> Why names.\n\nText {/* not touched */}\n\n## Part {/* #part */}\n',
    );
  });

  it("drops the page's leading import lines, and only those", () => {
    const source =
      "---\ntitle: A\n---\n\nimport Lab from '@site/src/components/Lab';\nimport Quiz, {Which} from '@site/src/components/Quiz';\n\nText\n\n```js\nimport x from 'y';\n```\n";
    expect(pageMarkdown({title: 'A', description: ''}, source)).toBe("# A\n\nText\n\n```js\nimport x from 'y';\n```\n");
  });

  it('keeps a title the source already has', () => {
    expect(pageMarkdown({title: 'A', description: ''}, '---\na: 1\n---\n# A\n\nBody\n')).toBe('# A\n\nBody\n');
  });
});

describe('llmsTxt', () => {
  it('lists the pages by sidebar in reading order, linking to their Markdown', () => {
    const text = llmsTxt({title: 'Stagecraft', tagline: 'Learn', url: 'https://stagecraft.dev/'}, [
      page({title: 'Diagnostics', permalink: '/reference/diagnostics', sidebar: 'reference', sidebarIndex: 0, description: 'Every code.'}),
      page({title: 'Second', permalink: '/tutorial/b', source: 'docs/tutorial/02-b/index.mdx', sidebarIndex: 1}),
      page({title: 'First', permalink: '/tutorial/a', source: 'docs/tutorial/01-a/index.mdx', sidebarIndex: 0}),
      page({title: 'Recipe two', permalink: '/tutorial/r/two', source: 'docs/tutorial/03-r/two.mdx', sidebarIndex: 3}),
      page({title: 'Recipe one', permalink: '/tutorial/r/one', source: 'docs/tutorial/03-r/one.mdx', sidebarIndex: 2}),
    ]);
    expect(text).toBe(
      [
        '# Stagecraft',
        '',
        '> Learn',
        '',
        '## Tutorial',
        '',
        '- [First](https://stagecraft.dev/tutorial/a.md)',
        '- [Second](https://stagecraft.dev/tutorial/b.md)',
        '- [Recipe one](https://stagecraft.dev/tutorial/r/one.md)',
        '- [Recipe two](https://stagecraft.dev/tutorial/r/two.md)',
        '',
        '## Reference',
        '',
        '- [Diagnostics](https://stagecraft.dev/reference/diagnostics.md): Every code.',
        '',
      ].join('\n'),
    );
  });
});

describe('sidebarIndexes', () => {
  it("numbers the docs in the order the sidebars show them, a category's own page before its items", () => {
    const indexes = sidebarIndexes({
      tutorial: [
        {type: 'doc', id: 'tutorial/intro'},
        {type: 'category', link: {type: 'generated-index'}, items: [{type: 'doc', id: 'tutorial/recipes/go'}]},
        {type: 'link'},
      ],
      reference: [
        {
          type: 'category',
          link: {type: 'doc', id: 'reference/diagnostics/index'},
          items: [{type: 'doc', id: 'reference/diagnostics/refusals'}],
        },
        {type: 'doc', id: 'reference/engine'},
      ],
    });
    expect([...indexes]).toEqual([
      ['tutorial/intro', 0],
      ['tutorial/recipes/go', 1],
      ['reference/diagnostics/index', 2],
      ['reference/diagnostics/refusals', 3],
      ['reference/engine', 4],
    ]);
  });
});
