import type {ReactNode} from 'react';
import type {Analysis} from '@site/src/core';
import {testIds} from '../testIds';
import styles from './styles.module.css';
import {stageLabel, stageLabelAt} from '@site/src/core';

interface StageListProps {
  analysis: Analysis;
  built: readonly number[];
  activeStage: number | null;
  onSelectStage: (index: number) => void;
}

function describeBase(analysis: Analysis, index: number): string {
  const stage = analysis.stages[index]!;
  return stage.fromStage !== null ? `built on stage ${stage.from}` : `from ${stage.from || 'nothing'}`;
}

/**
 * The graph as a list: every stage, what it is built on, what it copies from, whether it is built for the
 * target. The keyboard and screen-reader way to the same facts, and to a stage in the editor.
 */
export default function StageList({analysis, built, activeStage, onSelectStage}: StageListProps): ReactNode {
  const builtSet = new Set(built);
  const replaced = new Set(analysis.replacedStages);
  return (
    <ol className={styles.stageList} data-testid={testIds.stageList} aria-label="Stages">
      {analysis.stages.map((stage) => {
        const uses = analysis.dependencies
          .filter((d) => d.stage === stage.index && d.via !== 'from')
          .map((d) => `${d.via === 'copy' ? 'copies from' : 'mounts'} ${stageLabelAt(analysis.stages, d.on)}`);
        const images = analysis.externalImages
          .filter((i) => i.stage === stage.index)
          .map((i) => `${i.via === 'copy' ? 'copies from' : 'mounts'} image ${i.ref}`);
        const isBuilt = builtSet.has(stage.index);
        const isTarget = stage.index === analysis.target;
        const badge = isBuilt ? (isTarget ? 'target' : 'built') : replaced.has(stage.index) ? 'replaced' : isTarget ? 'target' : 'skipped';
        return (
          <li key={stage.index} className={stage.index === activeStage ? styles.activeStage : undefined}>
            <button
              type="button"
              className={styles.stageButton}
              onClick={() => onSelectStage(stage.index)}
              aria-current={stage.index === activeStage ? 'true' : undefined}>
              <span className={styles.stageName}>{stageLabel(stage)}</span>
              <span className={isBuilt ? styles.builtBadge : styles.skippedBadge}>{badge}</span>
            </button>
            <span className={styles.stageFacts}>
              line {stage.line} · {replaced.has(stage.index) ? 'a build context stands in for it' : describeBase(analysis, stage.index)}
              {[...uses, ...images].length > 0 ? ` · ${[...uses, ...images].join(', ')}` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
