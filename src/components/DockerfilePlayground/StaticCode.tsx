import type {ReactNode} from 'react';
import {Highlight} from 'prism-react-renderer';
import {usePrismTheme} from '@docusaurus/theme-common';
import {mutedCodeColor} from '../../prismThemes';
import {KeptServerPre, useKeptServerHtml} from '../lib/keptServerHtml';
import styles from './StaticCode.module.css';

interface StaticCodeProps {
  text: string;
  height: number;
  /** What a screen reader calls the block; the default suits the editor's placeholder. */
  ariaLabel?: string;
}

/**
 * The Dockerfile as a highlighted block with line numbers, the same size and metrics as the editor that
 * replaces it, so the page shows the code at once and does not move when Monaco arrives.
 */
export default function StaticCode({text, height, ariaLabel = 'Dockerfile (the editor is loading)'}: StaticCodeProps): ReactNode {
  const {kept, lose} = useKeptServerHtml([text, height, ariaLabel]);
  if (kept) return <KeptStaticCode height={height} ariaLabel={ariaLabel} onMissing={lose} />;
  return <HighlightedCode text={text} height={height} ariaLabel={ariaLabel} />;
}

/** The server's block as it came with the page (see useKeptServerHtml): the same <pre>, its contents kept. */
function KeptStaticCode({height, ariaLabel, onMissing}: {height: number; ariaLabel: string; onMissing: () => void}): ReactNode {
  const theme = usePrismTheme();
  return (
    <KeptServerPre
      onMissing={onMissing}
      className={`prism-code language-docker ${styles.code}`}
      style={{...theme.plain, height}}
      tabIndex={0}
      aria-label={ariaLabel}
    />
  );
}

function HighlightedCode({text, height, ariaLabel}: Required<StaticCodeProps>): ReactNode {
  const theme = usePrismTheme();
  const code = text.replace(/\n$/, '');
  const numberStyle = {color: mutedCodeColor(theme)};
  return (
    <Highlight theme={theme} code={code} language="docker">
      {({className, style, tokens, getLineProps, getTokenProps}) => (
        <pre className={`${className} ${styles.code}`} style={{...style, height}} tabIndex={0} aria-label={ariaLabel}>
          {tokens.map((line, i) => (
            <div key={i} {...getLineProps({line})} className={styles.line}>
              <span className={styles.number} style={numberStyle} aria-hidden="true">
                {i + 1}
              </span>
              <span className={styles.text}>
                {line.map((token, key) => (
                  <span key={key} {...getTokenProps({token})} />
                ))}
              </span>
            </div>
          ))}
        </pre>
      )}
    </Highlight>
  );
}
