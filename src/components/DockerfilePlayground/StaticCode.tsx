import type {ReactNode} from 'react';
import {Highlight} from 'prism-react-renderer';
import {usePrismTheme} from '@docusaurus/theme-common';
import {mutedCodeColor} from '../../prismThemes';
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
