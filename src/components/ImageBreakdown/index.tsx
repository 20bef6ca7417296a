import {useMemo, type ReactNode} from 'react';
import {breakdownByOrigin, stageLabelAt} from '@site/src/core';
import type {Analysis} from '@site/src/core';
import {testIds} from '../testIds';
import BreakdownBar from './BreakdownBar';
import BreakdownTable from './BreakdownTable';
import WasteList from './WasteList';
import WhatIf from './WhatIf';
import styles from './styles.module.css';

interface ImageBreakdownProps {
  analysis: Analysis;
  /** The stage chosen in the lab; the final image when null. */
  stage: number | null;
  text: string;
  onRevealLine: (line: number) => void;
  /** Writes a new text into the editor (the what-if's "Try it"); without it the what-if is not shown. */
  onReplaceText?: (text: string) => void;
}

/**
 * "Why is my image big?": where a stage's bytes come from (a stacked bar and its table), and for the final
 * image the waste found before the build and the base-image what-if. A view over the analysis.
 */
export default function ImageBreakdown({analysis, stage, text, onRevealLine, onReplaceText}: ImageBreakdownProps): ReactNode {
  const target = analysis.estimate.final?.index ?? null;
  const shown = stage !== null && analysis.contents[stage] !== undefined ? stage : target;
  const parts = useMemo(() => (shown === null ? [] : breakdownByOrigin(analysis.stages, analysis.contents[shown])), [analysis, shown]);
  if (shown === null || target === null) return null;
  const final = shown === target;
  const name = stageLabelAt(analysis.stages, shown);
  return (
    <section className={styles.breakdown} data-testid={testIds.imageBreakdown} data-stage={shown} aria-labelledby={`breakdown-heading-${shown}`}>
      <h4 className={styles.subheading} id={`breakdown-heading-${shown}`}>
        Where the bytes come from: {final ? `the final image (${name})` : `stage ${name}`}
      </h4>
      <BreakdownBar parts={parts} onRevealLine={onRevealLine} />
      <BreakdownTable parts={parts} caption={`Bytes of ${final ? 'the final image' : `stage ${name}`} by origin (estimates)`} onRevealLine={onRevealLine} />
      {final ? (
        <>
          <WasteList waste={analysis.estimate.waste} efficiency={analysis.estimate.efficiency} onRevealLine={onRevealLine} />
          {onReplaceText ? <WhatIf analysis={analysis} target={target} text={text} onReplaceText={onReplaceText} /> : null}
        </>
      ) : (
        <p className={styles.muted}>Choose the last stage (or none) to see the final image's waste and base-image what-if.</p>
      )}
    </section>
  );
}
