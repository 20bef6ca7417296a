import {Children, isValidElement, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props} from '@theme/CodeBlock';

/** MDX hands a code block its text as one or more strings, or as elements when the block holds JSX. */
function stringOrElements(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

/**
 * Docusaurus's CodeBlock, except that a text block is not mounted a second time after hydration. The theme
 * remounts every block once the page is interactive, so that a dark page gets its dark Prism colours (hydration
 * keeps the server's light ones): each block was tokenised twice and its DOM built twice. Text blocks now keep
 * their server HTML and redraw only when the Prism theme changes (`CodeBlock/Content`); blocks of JSX, rare here,
 * keep the remount.
 */
export default function CodeBlock({children, ...props}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const content = stringOrElements(children);
  if (typeof content === 'string') return <StringContent {...props}>{content}</StringContent>;
  return (
    <ElementContent key={String(isBrowser)} {...props}>
      {content}
    </ElementContent>
  );
}
