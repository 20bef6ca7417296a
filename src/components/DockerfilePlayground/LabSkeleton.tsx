import type {ReactNode} from 'react';
import styles from '../DockerfileLab/styles.module.css';
import graphStyles from '../StageGraph/styles.module.css';
import type {PredrawnGraph} from '../StageGraph/predrawn/chart';
import {editorHeight} from '../DockerfileLab/layout';
import {testIds} from '../testIds';
import StaticCode from './StaticCode';

interface LabSkeletonProps {
  text: string;
  title?: string;
  variant: 'inline' | 'page';
  predrawn?: PredrawnGraph;
}

/**
 * The predrawn graph in both colour modes: the server cannot know the reader's, and the stylesheet shows the one
 * the page's data-theme names, so the graph is right in the first paint (our own example's SVG, drawn by mermaid).
 */
function PredrawnFigure({predrawn}: {predrawn: PredrawnGraph}): ReactNode {
  return (
    <figure className={graphStyles.figure} aria-label="Stage graph">
      <div className={`${graphStyles.graph} ${graphStyles.predrawnLight}`} dangerouslySetInnerHTML={{__html: predrawn.light}} />
      <div className={`${graphStyles.graph} ${graphStyles.predrawnDark}`} dangerouslySetInnerHTML={{__html: predrawn.dark}} />
    </figure>
  );
}

/**
 * What shows before the lab loads (and what the server renders): the code, in the lab's own frame, with the
 * toolbar's height kept (compact in chapters and, by a media query, on phones) so nothing moves when it loads.
 */
export default function LabSkeleton({text, title, variant, predrawn}: LabSkeletonProps): ReactNode {
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
        <div className={styles.panelColumn}>{predrawn ? <PredrawnFigure predrawn={predrawn} /> : <div className={styles.graphPlaceholder} />}</div>
      </div>
    </section>
  );
}
