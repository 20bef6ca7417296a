import {useId, useState, type ReactNode} from 'react';
import {builderFacts, builderIds, isBuilderId, readBuildArgLines, toBuildArgLines, type SimulationInputs} from '@site/src/core';
import {testIds} from '../testIds';
import styles from './styles.module.css';

interface BuildInputsProps {
  simulation: SimulationInputs;
  onChange: (simulation: SimulationInputs) => void;
}

// The platforms `docker buildx build --platform` is most often given; a link may carry any other.
const commonPlatforms = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64'];

function BuildArgsField({simulation, onChange}: BuildInputsProps): ReactNode {
  const id = useId();
  const [draft, setDraft] = useState(() => toBuildArgLines(simulation.buildArgs));
  const [problem, setProblem] = useState<string | null>(null);
  const current = toBuildArgLines(simulation.buildArgs);
  // A reset or a link replaces the args from outside: show them.
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    const read = readBuildArgLines(draft);
    if (!read.ok || toBuildArgLines(read.buildArgs) !== current) setDraft(current);
  }
  const apply = (text: string) => {
    setDraft(text);
    const read = readBuildArgLines(text);
    setProblem(read.ok ? null : read.reason);
    if (read.ok) onChange({...simulation, buildArgs: read.buildArgs});
  };
  return (
    <div className={styles.argsField}>
      <label htmlFor={id}>Build args (NAME=VALUE, one a line)</label>
      <textarea
        id={id}
        data-testid={testIds.buildArgsInput}
        rows={Math.min(4, Math.max(1, draft.split('\n').length))}
        spellCheck={false}
        value={draft}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => apply(event.target.value)}
      />
      {problem ? (
        <p id={`${id}-problem`} className={styles.problem}>
          Not applied: {problem}.
        </p>
      ) : null}
    </div>
  );
}

/** The builder, platform and build args the plan, the cache simulation and the build command follow. */
export default function BuildInputs({simulation, onChange}: BuildInputsProps): ReactNode {
  const platforms =
    simulation.platform !== null && !commonPlatforms.includes(simulation.platform) ? [...commonPlatforms, simulation.platform] : commonPlatforms;
  return (
    <div className={styles.inputs}>
      <label className={styles.field}>
        <span>Builder</span>
        <select
          data-testid={testIds.builderSelect}
          value={simulation.builder}
          onChange={(event) => isBuilderId(event.target.value) && onChange({...simulation, builder: event.target.value})}>
          {builderIds.map((id) => (
            <option key={id} value={id}>
              {builderFacts[id].label}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        <span>Platform</span>
        <select
          data-testid={testIds.platformSelect}
          value={simulation.platform ?? ''}
          onChange={(event) => onChange({...simulation, platform: event.target.value === '' ? null : event.target.value})}>
          <option value="">the build host’s (linux/amd64)</option>
          {platforms.map((platform) => (
            <option key={platform} value={platform}>
              {platform}
            </option>
          ))}
        </select>
      </label>
      <BuildArgsField simulation={simulation} onChange={onChange} />
    </div>
  );
}
