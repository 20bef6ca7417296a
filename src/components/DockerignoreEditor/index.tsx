import {useId, type ReactNode} from 'react';
import {testIds} from '../testIds';
import styles from './styles.module.css';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

/**
 * The build context's `.dockerignore`, for the lab: a collapsed box the reader can open and edit. The
 * analysis uses it for BuildKit's CopyIgnoredFile check; an empty box means no `.dockerignore`.
 */
export default function DockerignoreEditor({value, onChange}: Props): ReactNode {
  const id = useId();
  const patterns = value.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).length;
  return (
    <details className={styles.box} data-testid={testIds.dockerignore}>
      <summary className={styles.summary}>.dockerignore{patterns > 0 ? ` (${patterns} ${patterns === 1 ? 'pattern' : 'patterns'})` : ' (none)'}</summary>
      <label htmlFor={id} className={styles.label}>
        Patterns the build context leaves out, one per line. A <code>COPY</code> of a left-out path is reported as CopyIgnoredFile.
      </label>
      <textarea
        id={id}
        className={styles.textarea}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={4}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        placeholder={'node_modules\n.git\n*.log'}
      />
    </details>
  );
}
