import {useEffect, useMemo, useState, type ReactNode} from 'react';
import {analyze, resolveTarget, stageLabelAt, toAnalyzeOptions, toMermaid, readShareFragment, type Analysis, type SimulationInputs} from '@site/src/core';
import type {ReadSharedState} from '../../core/share/shareState';
import StageGraph from '../StageGraph';
import StageList from '../DockerfileLab/StageList';
import EmbedContents from './EmbedContents';
import {useReportHeight} from './useReportHeight';
import {testIds} from '../testIds';
import styles from './styles.module.css';

/** The Dockerfile in the URL fragment, read again when the fragment changes. */
function useSharedDockerfile(): ReadSharedState {
  const [shared, setShared] = useState<ReadSharedState>(() => readShareFragment(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setShared(readShareFragment(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return shared;
}

/** The lab's rule: a target the file does not have falls back to the default one. */
function analyzeShared(code: string, target: string | null, simulation: SimulationInputs): Analysis {
  const inputs = toAnalyzeOptions(simulation);
  const analysis = analyze(code, {target, ...inputs});
  return target !== null && resolveTarget(analysis.stages, target) === null ? analyze(code, inputs) : analysis;
}

function BuildSummary({analysis}: {analysis: Analysis}): ReactNode {
  if (analysis.target === null) return <p className={styles.summary}>No stage to build.</p>;
  const label = (index: number) => stageLabelAt(analysis.stages, index);
  return (
    <p className={styles.summary}>
      Target <strong>{label(analysis.target)}</strong>: BuildKit builds {analysis.builtStages.map(label).join(', ')}
      {analysis.error !== null ? `. BuildKit would refuse this build: ${analysis.error}` : '.'}
    </p>
  );
}

function Loaded({code, target, simulation}: {code: string; target: string | null; simulation: SimulationInputs}): ReactNode {
  const analysis = useMemo(() => analyzeShared(code, target, simulation), [code, target, simulation]);
  const chart = useMemo(() => toMermaid(analysis, {contexts: Object.keys(simulation.buildContexts)}), [analysis, simulation.buildContexts]);
  const [activeStage, setActiveStage] = useState<number | null>(null);
  const playground = `/playground${window.location.hash}`;
  return (
    <>
      <div className={styles.header}>
        <BuildSummary analysis={analysis} />
        <a className={styles.open} href={playground} target="_blank" rel="noopener">
          Open in Stagecraft<span className="sr-only"> (opens in a new tab)</span>
        </a>
      </div>
      <StageGraph chart={chart} analysis={analysis} built={analysis.builtStages} activeStage={activeStage} onSelectStage={setActiveStage} />
      <details className={styles.stages}>
        <summary>Stages as a list</summary>
        <StageList analysis={analysis} built={analysis.builtStages} activeStage={activeStage} onSelectStage={setActiveStage} />
      </details>
      <EmbedContents analysis={analysis} />
    </>
  );
}

/**
 * One Dockerfile's stage graph, what the target builds and what the image holds, for an iframe in another
 * site's docs. It reads the lab's share fragment, loads no editor, and tells its host how tall it is.
 */
export default function EmbedView(): ReactNode {
  const shared = useSharedDockerfile();
  const [root, setRoot] = useState<HTMLElement | null>(null);
  useReportHeight(root);
  return (
    <main ref={setRoot} className={styles.embed} data-testid={testIds.embed}>
      {shared.kind === 'ok' ? (
        <Loaded code={shared.state.code} target={shared.state.target} simulation={shared.state.simulation} />
      ) : (
        <p className={styles.summary} role="status">
          {shared.kind === 'invalid' ? `This embed cannot show its Dockerfile: ${shared.reason}.` : 'This embed link carries no Dockerfile.'}{' '}
          <a href="/playground" target="_blank" rel="noopener">
            Open the Stagecraft playground
          </a>
        </p>
      )}
    </main>
  );
}
