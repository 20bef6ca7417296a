import {useState, type ReactNode} from 'react';
import {toBakeFile, type Analysis, type SimulationInputs} from '@site/src/core';
import {copyText} from '../lib/clipboard';
import {testIds} from '../testIds';
import styles from './styles.module.css';

/** The docker-bake.hcl that builds what the command builds, with a Copy button; for BuildKit only. */
export default function BakeView({analysis, simulation}: {analysis: Analysis; simulation: SimulationInputs}): ReactNode {
  const bake = toBakeFile(analysis, simulation);
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    if (!bake.ok) return;
    setStatus(
      (await copyText(bake.file))
        ? 'Copied: save it as docker-bake.hcl beside the Dockerfile.'
        : 'The clipboard is not available here: select the text instead.',
    );
  };
  return (
    <div className={styles.bake} data-testid={testIds.bakeFile} data-applies={bake.ok ? 'true' : 'false'}>
      <p className={styles.planHeading}>
        As a bake file: <code>docker-bake.hcl</code>, built with <code>docker buildx bake</code>
      </p>
      {bake.ok ? (
        <>
          <pre className={styles.bakeCode} tabIndex={0} aria-label="docker-bake.hcl">
            <code>{bake.file}</code>
          </pre>
          <div className={styles.bakeActions}>
            <button type="button" className="button button--sm button--secondary" data-testid={testIds.copyBake} onClick={() => void copy()}>
              Copy bake file
            </button>
            <span role="status" aria-live="polite">
              {status}
            </span>
          </div>
        </>
      ) : (
        <p>{bake.reason}</p>
      )}
    </div>
  );
}
