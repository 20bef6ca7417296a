import type {ReactNode} from 'react';
import {builderFacts, stageLabelAt, type Analysis} from '@site/src/core';
import {testIds} from '../testIds';
import styles from './styles.module.css';

/**
 * The build plan as text (it is also the graph's text alternative for the plan): the waves or the sequential
 * order, the skipped stages and why, the critical path, and where each stage runs.
 */
export default function PlanView({analysis}: {analysis: Analysis}): ReactNode {
  const {plan, stages} = analysis;
  const facts = builderFacts[plan.builder];
  const label = (index: number): string => stageLabelAt(stages, index);
  if (plan.target === null) {
    return (
      <div data-testid={testIds.buildPlan} className={styles.plan}>
        <p>No stage to build.</p>
      </div>
    );
  }
  const emulated = plan.platforms.filter((platform) => platform.emulated);
  return (
    <div data-testid={testIds.buildPlan} data-builder={plan.builder} className={styles.plan}>
      <p>
        {facts.label} builds {facts.selects}.
      </p>
      <p className={styles.planHeading}>{facts.sequential ? 'Order, one stage at a time' : 'Waves: stages in one wave can run at the same time'}</p>
      <ol data-testid={testIds.planWaves}>
        {plan.waves.map((wave) => (
          <li key={wave.join(',')}>{wave.map(label).join(', ')}</li>
        ))}
      </ol>
      {plan.skipped.length > 0 ? (
        <>
          <p className={styles.planHeading}>Skipped</p>
          <ul data-testid={testIds.planSkipped}>
            {plan.skipped.map((skipped) => (
              <li key={skipped.stage}>
                <strong>{label(skipped.stage)}</strong>: {skipped.reason}.
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.notNeeded.length > 0 ? <p>Built although the target needs nothing from them: {plan.notNeeded.map(label).join(', ')}.</p> : null}
      <p>
        Critical path, by instruction count: <span data-testid={testIds.planCriticalPath}>{plan.criticalPath.map(label).join(' → ')}</span>
      </p>
      {emulated.length > 0 ? (
        <p>
          Emulated on the linux/amd64 build host: {emulated.map((p) => `${label(p.stage)} (${p.platform ?? 'unknown platform'})`).join(', ')}. Stages with{' '}
          <code>FROM --platform=$BUILDPLATFORM</code> run natively.
        </p>
      ) : null}
    </div>
  );
}
