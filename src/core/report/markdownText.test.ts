import {describe, expect, it} from 'vitest';
import {markdownCode, markdownText} from './markdownText';

describe('markdownText', () => {
  it('escapes what opens inline Markdown and HTML, and keeps the text on one line', () => {
    expect(markdownText('a|b *c* _d_ [e](f) ~g~ `h` \\i')).toBe('a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\~g\\~ \\`h\\` \\\\i');
    expect(markdownText('<img src=x onerror=alert(1)> & more')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; more');
    expect(markdownText('one\r\ntwo\nthree')).toBe('one two three');
  });

  it('leaves plain sentences alone', () => {
    expect(markdownText('Stage "a" copies from "c", which is defined after it.')).toBe('Stage "a" copies from "c", which is defined after it.');
  });
});

describe('markdownCode', () => {
  it('fences text with a longer run of backticks than it holds', () => {
    expect(markdownCode('build')).toBe('`build`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x``')).toBe('``` `x`` ```');
  });

  it('escapes a pipe, which ends a table cell even inside code', () => {
    expect(markdownCode('a|b', 'table')).toBe('`a\\|b`');
    expect(markdownCode('a|b')).toBe('`a|b`');
  });
});
