import type {ReactNode} from 'react';
import styles from '../DockerfileLab/styles.module.css';
import graphStyles from '../StageGraph/styles.module.css';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {predrawnPath} from '../StageGraph/predrawn/keys';
import {editorHeight} from '../DockerfileLab/layout';
import {testIds} from '../testIds';
import StaticCode from './StaticCode';

interface LabSkeletonProps {
  text: string;
  title?: string;
  variant: 'inline' | 'page';
  /** Names the example's drawing (static/graphs/); without one, the graph's place is kept empty. */
  predrawnKey?: string;
}

/**
 * The example's graph drawn ahead of time, in both colour modes: the server cannot know the reader's, so the
 * stylesheet shows the one the page's data-theme names, and a lazy image that is not shown is never fetched.
 */
function PredrawnFigure({predrawnKey}: {predrawnKey: string}): ReactNode {
  const light = useBaseUrl(predrawnPath(predrawnKey, 'light'));
  const dark = useBaseUrl(predrawnPath(predrawnKey, 'dark'));
  return (
    <figure className={graphStyles.figure}>
      <div className={graphStyles.graph}>
        <img className={graphStyles.predrawnLight} src={light} alt="Stage graph of this Dockerfile" loading="lazy" />
        <img className={graphStyles.predrawnDark} src={dark} alt="Stage graph of this Dockerfile" loading="lazy" />
      </div>
    </figure>
  );
}

export default function LabSkeleton({text, title, variant, predrawnKey}: LabSkeletonProps): ReactNode {
  return (
    <section className={`${styles.lab} ${variant === 'page' ? styles.page : styles.compact}`} aria-label={title ?? 'Dockerfile editor'} aria-busy="true">
      {title ? <p className={styles.title}>{title}</p> : null}
      <div className={`${styles.toolbar} ${variant === 'page' ? '' : styles.compactToolbar} ${styles.toolbarLoading}`}>
        <p className={styles.status}>Loading the live editor…</p>
      </div>
      <div className={styles.body}>
        <div className={styles.editorColumn}>
          <div className={styles.editorFrame} data-testid={testIds.editor} data-ready="false">
            <StaticCode text={text} height={editorHeight(text)} />
          </div>
        </div>
        <div className={styles.panelColumn}>{predrawnKey ? <PredrawnFigure predrawnKey={predrawnKey} /> : <div className={styles.graphPlaceholder} />}</div>
      </div>
    </section>
  );
}
