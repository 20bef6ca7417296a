import {themes, type PrismTheme} from 'prism-react-renderer';

/**
 * Code colours with at least 4.5:1 contrast on their background (WCAG AA), checked by the axe tests.
 * Light: GitHub-like; dark: Dracula with a readable comment colour.
 */
export const lightCodeTheme: PrismTheme = {
  plain: {color: '#24292f', backgroundColor: '#f6f8fa'},
  styles: [
    {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: '#57606a', fontStyle: 'italic'}},
    {types: ['namespace'], style: {opacity: 0.8}},
    {types: ['string', 'attr-value', 'char'], style: {color: '#0a3069'}},
    {types: ['punctuation', 'operator'], style: {color: '#24292f'}},
    {types: ['entity', 'url', 'symbol', 'number', 'boolean', 'variable', 'constant', 'property', 'regex', 'options'], style: {color: '#0550ae'}},
    {types: ['atrule', 'keyword', 'attr-name', 'selector', 'instruction'], style: {color: '#cf222e'}},
    {types: ['function', 'class-name', 'builtin'], style: {color: '#8250df'}},
    {types: ['tag', 'inserted'], style: {color: '#116329'}},
    {types: ['deleted'], style: {color: '#82071e'}},
    {types: ['parameter'], style: {color: '#953800'}},
  ],
};

export const darkCodeTheme: PrismTheme = {
  ...themes.dracula,
  styles: [...themes.dracula.styles, {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: '#a3acd0'}}],
};

/**
 * The muted colour a code theme gives comments (the last rule for them wins, as in prism-react-renderer),
 * which both themes above hold to 4.5:1; line numbers take it from the theme that paints their background,
 * because before hydration a dark page still shows the server's light code block.
 */
export function mutedCodeColor(theme: PrismTheme): string {
  const commentRules = theme.styles.filter((rule) => rule.types.includes('comment') && typeof rule.style.color === 'string');
  return commentRules.at(-1)?.style.color ?? theme.plain.color ?? 'inherit';
}
