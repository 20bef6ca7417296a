import {useLayoutEffect, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {usePrismTheme} from '@docusaurus/theme-common';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import CodeBlockContent from '@theme-original/CodeBlock/Content';
import type {Props} from '@theme/CodeBlock/Content';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';

/**
 * A code block that came with the page's HTML keeps that HTML when the page hydrates: Prism tokenising every
 * block again, and React building a fiber per token, was the largest part of a chapter's hydration (about a
 * third on a throttled phone profile). The server's markup is what the full render would draw, as long as the
 * Prism theme is the one the server drew with; when it changes (dark mode is applied just after hydration, or
 * the reader switches), or on a page reached by client-side navigation, the theme's own rendering takes over.
 */
export default function CodeBlockContentKeepingServerHtml(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const theme = usePrismTheme();
  // Hydration is the one render in a browser where useIsBrowser() is still false.
  const [serverTheme, setServerTheme] = useState(() => (!isBrowser && typeof window !== 'undefined' ? theme : null));
  // Once the theme has changed, the block stays with the theme's rendering (a render-phase update of derived state).
  if (serverTheme !== null && serverTheme !== theme) setServerTheme(null);
  if (serverTheme === theme) return <ServerRenderedPre className={props.className} onMissing={() => setServerTheme(null)} />;
  return <CodeBlockContent {...props} />;
}

/**
 * The same <pre> the theme renders (classes, style, tab stop, word-wrap ref), adopting the server's children:
 * React leaves an element's contents alone when they come from dangerouslySetInnerHTML.
 */
function ServerRenderedPre({className, onMissing}: {className?: string; onMissing: () => void}): ReactNode {
  const {
    metadata,
    wordWrap: {codeBlockRef},
  } = useCodeBlockContext();
  const theme = usePrismTheme();
  useLayoutEffect(() => {
    // A block React had to render afresh (after a hydration mismatch elsewhere) has no server HTML to keep.
    if (codeBlockRef.current?.childNodes.length === 0) onMissing();
  }, [codeBlockRef, onMissing]);
  const language = metadata.language?.toLowerCase() ?? 'text';
  return (
    <pre
      ref={codeBlockRef}
      tabIndex={0}
      className={[className, `prism-code language-${language}`, styles.codeBlock, 'thin-scrollbar'].filter(Boolean).join(' ')}
      style={theme.plain}
      dangerouslySetInnerHTML={{__html: ''}}
      suppressHydrationWarning
    />
  );
}
