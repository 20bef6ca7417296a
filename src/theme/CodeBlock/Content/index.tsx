import type {ReactNode} from 'react';
import {usePrismTheme} from '@docusaurus/theme-common';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import CodeBlockContent from '@theme-original/CodeBlock/Content';
import type {Props} from '@theme/CodeBlock/Content';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import {KeptServerPre, useKeptServerHtml} from '@site/src/components/lib/keptServerHtml';

/**
 * A code block that came with the page's HTML keeps that HTML when the page hydrates, and the theme's own
 * rendering takes over when the Prism theme changes (dark mode is applied just after hydration, or the reader
 * switches) or on a page reached by client-side navigation (see useKeptServerHtml).
 */
export default function CodeBlockContentKeepingServerHtml(props: Props): ReactNode {
  const {kept, lose} = useKeptServerHtml([]);
  if (kept) return <ServerRenderedPre className={props.className} onMissing={lose} />;
  return <CodeBlockContent {...props} />;
}

/** The same <pre> the theme renders (classes, style, tab stop, word-wrap ref), keeping the server's children. */
function ServerRenderedPre({className, onMissing}: {className?: string; onMissing: () => void}): ReactNode {
  const {
    metadata,
    wordWrap: {codeBlockRef},
  } = useCodeBlockContext();
  const theme = usePrismTheme();
  const language = metadata.language?.toLowerCase() ?? 'text';
  return (
    <KeptServerPre
      preRef={codeBlockRef}
      onMissing={onMissing}
      tabIndex={0}
      className={[className, `prism-code language-${language}`, styles.codeBlock, 'thin-scrollbar'].filter(Boolean).join(' ')}
      style={theme.plain}
    />
  );
}
