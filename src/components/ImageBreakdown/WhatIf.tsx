import {useState, type ReactNode} from 'react';
import {formatBytes, withBaseImage} from '@site/src/core';
import type {Analysis} from '@site/src/core';
import {testIds} from '../testIds';
import styles from './styles.module.css';

interface WhatIfProps {
  analysis: Analysis;
  target: number;
  text: string;
  onReplaceText: (text: string) => void;
}

const size = (bytes: number | null) => (bytes === null ? 'size unknown' : `≈ ${formatBytes(bytes)}`);

/**
 * The final image on other variants of its runtime: size, what would break, and a button that writes the
 * variant into the FROM line. Undo puts the previous text back (the editor's own undo works too) as long as
 * the text is still the tried one.
 */
export default function WhatIf({analysis, target, text, onReplaceText}: WhatIfProps): ReactNode {
  const [tried, setTried] = useState<{image: string; previous: string; result: string} | null>(null);
  const alternatives = analysis.estimate.alternatives;
  const current = tried !== null && tried.result === text ? tried : null;
  if (alternatives.length === 0 && current === null) return null;
  const tryImage = (image: string) => {
    const result = withBaseImage(text, analysis.stages, analysis.contents, target, image);
    if (result === null) return;
    setTried({image, previous: text, result});
    onReplaceText(result);
  };
  // Whether the FROM line can be rewritten does not depend on the image written into it.
  const possible = alternatives.length > 0 && withBaseImage(text, analysis.stages, analysis.contents, target, alternatives[0]!.image) !== null;
  return (
    <div data-testid={testIds.whatIf}>
      <h4 className={styles.subheading}>What if the final stage used another base?</h4>
      {current ? (
        <p className={styles.tried} role="status">
          The FROM line now reads {current.image}.{' '}
          <button type="button" className="sc-link-button" onClick={() => onReplaceText(current.previous)}>
            Undo
          </button>
        </p>
      ) : null}
      <ul className={styles.alternatives}>
        {alternatives.map((alternative) => {
          return (
            <li key={alternative.image} data-image={alternative.image}>
              <span className={styles.alternativeHead}>
                <code>{alternative.image}</code> <span className={styles.number}>{size(alternative.bytes)}</span>{' '}
                <button type="button" className={styles.tryButton} disabled={!possible} onClick={() => tryImage(alternative.image)}>
                  Try it<span className="sr-only"> ({alternative.image})</span>
                </button>
              </span>
              {alternative.breaks.length === 0 ? (
                <span className={styles.muted}>Nothing found that would break.</span>
              ) : (
                <ul className={styles.breaks} aria-label={`What would break on ${alternative.image}`}>
                  {alternative.breaks.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
