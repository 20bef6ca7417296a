import {useId, useState, type ReactNode, type Ref} from 'react';
import {
  builderFacts,
  builderIds,
  contextUses,
  isBuilderId,
  readBuildArgLines,
  readBuildContextLines,
  stageLabelAt,
  toBuildArgLines,
  toBuildContextLines,
  type Analysis,
  type ContextUse,
  type SimulationInputs,
} from '@site/src/core';
import {testIds} from '../testIds';
import styles from './styles.module.css';

interface BuildInputsProps {
  analysis: Analysis;
  simulation: SimulationInputs;
  onChange: (simulation: SimulationInputs) => void;
  /** The builder select, so the toolbar's summary can move focus to the inputs. */
  builderRef?: Ref<HTMLSelectElement>;
}

// The platforms `docker buildx build --platform` is most often given; a link may carry any other.
const commonPlatforms = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64'];

type ReadLines = (text: string) => {ok: true; values: Record<string, string>} | {ok: false; reason: string};

interface NameValueFieldProps {
  label: string;
  testId: string;
  values: Record<string, string>;
  read: ReadLines;
  toLines: (values: Readonly<Record<string, string>>) => string;
  onChange: (values: Record<string, string>) => void;
  placeholder?: string;
  children?: ReactNode;
}

/** A NAME=VALUE textarea: applied while it reads, else the reason it is not applied. */
function NameValueField({label, testId, values, read, toLines, onChange, placeholder, children}: NameValueFieldProps): ReactNode {
  const id = useId();
  const [draft, setDraft] = useState(() => toLines(values));
  const [problem, setProblem] = useState<string | null>(null);
  const current = toLines(values);
  // A reset or a link replaces the values from outside: show them.
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    const readDraft = read(draft);
    if (!readDraft.ok || toLines(readDraft.values) !== current) setDraft(current);
  }
  const apply = (text: string) => {
    setDraft(text);
    const result = read(text);
    setProblem(result.ok ? null : result.reason);
    if (result.ok) onChange(result.values);
  };
  return (
    <div className={styles.argsField}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        data-testid={testId}
        rows={Math.min(4, Math.max(1, draft.split('\n').length))}
        spellCheck={false}
        value={draft}
        placeholder={placeholder}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => apply(event.target.value)}
      />
      {problem ? (
        <p id={`${id}-problem`} className={styles.problem}>
          Not applied: {problem}.
        </p>
      ) : null}
      {children}
    </div>
  );
}

const readArgs: ReadLines = (text) => {
  const result = readBuildArgLines(text);
  return result.ok ? {ok: true, values: result.buildArgs} : result;
};

const readContexts: ReadLines = (text) => {
  const result = readBuildContextLines(text);
  return result.ok ? {ok: true, values: result.buildContexts} : result;
};

function contextUseText(use: ContextUse, analysis: Analysis): string {
  if (use.kind === 'stage') return `replaces the stage ${stageLabelAt(analysis.stages, use.stage)} (line ${use.line}): BuildKit runs none of its instructions`;
  if (use.kind === 'image') return `is read instead of an image on line${use.lines.length > 1 ? 's' : ''} ${use.lines.join(', ')}`;
  return 'is not named by any FROM or --from';
}

function ContextUses({analysis, simulation}: {analysis: Analysis; simulation: SimulationInputs}): ReactNode {
  const uses = contextUses(analysis, Object.keys(simulation.buildContexts));
  if (uses.length === 0) return null;
  return (
    <ul className={styles.contextUses} data-testid={testIds.contextUses}>
      {uses.map((use) => (
        <li key={use.name} data-kind={use.kind}>
          <code>{use.name}</code> {contextUseText(use, analysis)}.
        </li>
      ))}
    </ul>
  );
}

function BuilderField({simulation, onChange, builderRef}: Omit<BuildInputsProps, 'analysis'>): ReactNode {
  return (
    <label className={styles.field}>
      <span>Builder</span>
      <select
        ref={builderRef}
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
  );
}

/** The builder, platform, build args and named contexts the plan, the cache simulation and the build command follow. */
export default function BuildInputs({analysis, simulation, onChange, builderRef}: BuildInputsProps): ReactNode {
  const platforms =
    simulation.platform !== null && !commonPlatforms.includes(simulation.platform) ? [...commonPlatforms, simulation.platform] : commonPlatforms;
  return (
    <div className={styles.inputs}>
      <BuilderField simulation={simulation} onChange={onChange} builderRef={builderRef} />
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
      <NameValueField
        label="Build args (NAME=VALUE, one a line)"
        testId={testIds.buildArgsInput}
        values={simulation.buildArgs}
        read={readArgs}
        toLines={toBuildArgLines}
        onChange={(buildArgs) => onChange({...simulation, buildArgs})}
      />
      <NameValueField
        label="Build contexts (NAME=VALUE, one a line)"
        testId={testIds.buildContextsInput}
        values={simulation.buildContexts}
        read={readContexts}
        toLines={toBuildContextLines}
        placeholder="base=docker-image://alpine:3.24"
        onChange={(buildContexts) => onChange({...simulation, buildContexts})}>
        <ContextUses analysis={analysis} simulation={simulation} />
      </NameValueField>
    </div>
  );
}
