import {useId, useState, type FormEvent, type ReactNode} from 'react';
import {parseChange, stageLabelAt, type Analysis, type SimulationInputs} from '@site/src/core';
import {testIds} from '../testIds';
import styles from './styles.module.css';

interface CacheViewProps {
  analysis: Analysis;
  simulation: SimulationInputs;
  onChange: (simulation: SimulationInputs) => void;
}

/** Changes worth trying: the context paths the file copies, its global ARGs, and its stages' base images. */
function suggestions(analysis: Analysis): string[] {
  const paths = analysis.contents.flatMap((stage) =>
    stage.copies.filter((record) => record.origin.kind === 'context').flatMap((record) => record.sources.map((source) => source.replace(/^\//, '') || '.')),
  );
  const args = analysis.globalArgs.map((arg) => `arg:${arg.name}`);
  const bases = analysis.stages.filter((stage) => stage.fromStage === null).map((stage) => `base:${stage.name ?? stage.index}`);
  return [...new Set([...paths, ...args, ...bases])].slice(0, 50);
}

function CacheTable({analysis}: {analysis: Analysis}): ReactNode {
  const cache = analysis.cache;
  if (cache === null) return null;
  const rerun = cache.steps.filter((step) => step.rerun).length;
  return (
    <div data-testid={testIds.cacheResult}>
      <p role="status">
        {rerun === 0 ? 'Every step keeps its cache.' : `${rerun} of ${cache.steps.length} steps rerun`}
        {cache.rerunStages.length > 0 ? ` in ${cache.rerunStages.map((stage) => stageLabelAt(analysis.stages, stage)).join(', ')}.` : '.'}
      </p>
      <div className={styles.tableScroll}>
        <table className={styles.cacheTable}>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Line</th>
              <th scope="col">Step</th>
              <th scope="col">Cache</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {cache.steps.map((step) => (
              <tr key={`${step.stage}-${step.line}`} data-rerun={step.rerun ? 'true' : 'false'} data-line={step.line}>
                <td>{stageLabelAt(analysis.stages, step.stage)}</td>
                <td>{step.line}</td>
                <td>
                  <code>{step.keyword}</code>
                </td>
                <td className={step.rerun ? styles.rerun : styles.kept}>{step.rerun ? (step.certain ? 'reruns' : 'may rerun') : 'cached'}</td>
                <td>{step.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** "What reruns if I change…": one change at a time, applied on submit, the answer as a table. */
export default function CacheView({analysis, simulation, onChange}: CacheViewProps): ReactNode {
  const id = useId();
  const [draft, setDraft] = useState(simulation.changes[0] ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseChange(draft);
    setProblem(parsed.ok ? null : parsed.reason);
    if (parsed.ok) onChange({...simulation, changes: [draft.trim()]});
  };
  return (
    <div className={styles.cache}>
      <form onSubmit={submit} className={styles.cacheForm}>
        <label htmlFor={id}>What reruns if I change…</label>
        <input
          id={id}
          data-testid={testIds.cacheChangeInput}
          list={`${id}-list`}
          value={draft}
          placeholder="src/app.ts, package.json, arg:NAME, base:STAGE, line:N"
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setDraft(event.target.value)}
        />
        <datalist id={`${id}-list`}>
          {suggestions(analysis).map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
        <button type="submit" className="button button--sm button--primary" data-testid={testIds.cacheSimulate}>
          Simulate
        </button>
        {simulation.changes.length > 0 ? (
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => {
              setDraft('');
              onChange({...simulation, changes: []});
            }}>
            Clear
          </button>
        ) : null}
      </form>
      {problem ? (
        <p id={`${id}-problem`} className={styles.problem}>
          {problem}.
        </p>
      ) : null}
      <CacheTable analysis={analysis} />
    </div>
  );
}
