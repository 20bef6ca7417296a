import {useEffect, useState, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {markdownPath} from '@site/src/plugins/markdownSource/pageSources';
import styles from './styles.module.css';

type Status = {kind: 'idle'} | {kind: 'copied'} | {kind: 'failed'; reason: string};

async function fetchMarkdown(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the Markdown file answered ${response.status}`);
  return response.text();
}

/**
 * Copies the clipboard item while the click still counts as the user's gesture: Safari refuses a write
 * that starts after an await, so the fetch is handed to ClipboardItem as a promise where it is supported.
 */
async function copyMarkdown(url: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && ClipboardItem.supports?.('text/plain') !== false) {
    const blob = fetchMarkdown(url).then((text) => new Blob([text], {type: 'text/plain'}));
    await navigator.clipboard.write([new ClipboardItem({'text/plain': blob})]);
    return;
  }
  await navigator.clipboard.writeText(await fetchMarkdown(url));
}

/** "Copy page as Markdown": the page's source, as the build writes it beside the page (src/plugins/markdownSource). */
export default function CopyPageMarkdown({permalink}: {permalink: string}): ReactNode {
  const url = useBaseUrl(markdownPath(permalink));
  const [status, setStatus] = useState<Status>({kind: 'idle'});
  useEffect(() => {
    if (status.kind === 'idle') return undefined;
    const timer = setTimeout(() => setStatus({kind: 'idle'}), 4000);
    return () => clearTimeout(timer);
  }, [status]);
  const copy = () =>
    copyMarkdown(url).then(
      () => setStatus({kind: 'copied'}),
      (error: unknown) => setStatus({kind: 'failed', reason: error instanceof Error ? error.message : 'the clipboard refused'}),
    );
  return (
    <div className={styles.bar}>
      <span className={styles.status} role="status">
        {status.kind === 'copied' ? 'Markdown copied.' : status.kind === 'failed' ? `Could not copy: ${status.reason}.` : ''}
      </span>
      <button type="button" className="button button--sm button--secondary" onClick={() => void copy()}>
        Copy page as Markdown
      </button>
      <a className={styles.raw} href={url}>
        View Markdown
      </a>
    </div>
  );
}
