import {useEffect, useState, type ReactNode} from 'react';
import {copyText} from '../lib/clipboard';
import styles from './styles.module.css';

interface CopySectionLinkProps {
  /** The heading's id: the anchor the copied address ends with. */
  id: string;
  /** The heading's text for the button's name, when it is plain text. */
  heading: string | null;
}

/** How long "Link copied" stays before the button returns to its icon. */
const confirmationMs = 2500;

/**
 * A button in a section heading that copies the page's address with the section's anchor. It is hidden
 * until the heading is hovered or the button has keyboard focus; its icon carries no text, so the heading's
 * text (in the search index too) stays the heading's own.
 */
export default function CopySectionLink({id, heading}: CopySectionLinkProps): ReactNode {
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    if (copied === null) return undefined;
    const timer = setTimeout(() => setCopied(null), confirmationMs);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}#${id}`;
    setCopied(await copyText(url));
  };
  return (
    <>
      <button
        type="button"
        className={styles.button}
        data-copied={copied === true ? 'true' : undefined}
        aria-label={`Copy link to section: ${heading ?? id}`}
        title="Copy link to this section"
        onClick={() => void copy()}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M7.8 4.6 9.5 2.9a3 3 0 0 1 4.2 4.2l-2.1 2.1a3 3 0 0 1-4.2 0l-.4-.4 1-1 .4.4a1.6 1.6 0 0 0 2.2 0l2.1-2.1a1.6 1.6 0 0 0-2.2-2.2L8.8 5.6zm.4 6.8-1.7 1.7a3 3 0 0 1-4.2-4.2l2.1-2.1a3 3 0 0 1 4.2 0l.4.4-1 1-.4-.4a1.6 1.6 0 0 0-2.2 0L3.3 9.9a1.6 1.6 0 0 0 2.2 2.2l1.7-1.7z"
          />
        </svg>
      </button>
      <span className={styles.status} role="status">
        {copied === true ? 'Link copied' : copied === false ? 'The clipboard is not available here' : ''}
      </span>
    </>
  );
}
