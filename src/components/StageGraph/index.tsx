import {useEffect, useRef, type ReactNode} from 'react';
import {useColorMode} from '@docusaurus/theme-common';
import type {Analysis} from '@site/src/core';
import {useMermaidDiagram} from '../lib/mermaid/useMermaidDiagram';
import {usePredrawnGraph} from './predrawn/usePredrawnGraph';
import {useInView} from '../lib/useInView';
import {useOverflows} from '../lib/useOverflows';
import {testIds} from '../testIds';
import styles from './styles.module.css';

export interface StageGraphProps {
  /** The mermaid flowchart (from toMermaid); the graph re-renders only when this text changes. */
  chart: string;
  analysis: Analysis;
  built: readonly number[];
  activeStage: number | null;
  onSelectStage: (index: number) => void;
  /** Called after each drawn graph (the lab loads Monaco after the first). */
  onDrawn?: () => void;
  /** Names the drawing of the lab's example (static/graphs/): shown while the chart is that example's, without mermaid. */
  predrawnKey?: string;
}

const nodeIdPattern = /flowchart-s(\d+)-/;

/** Marks each drawn stage node with its test id, built state and the active stage. */
function annotate(container: HTMLElement, built: ReadonlySet<number>, active: number | null): void {
  for (const node of container.querySelectorAll<SVGGElement>('g.node')) {
    const match = nodeIdPattern.exec(node.id);
    if (!match) continue;
    const index = Number(match[1]);
    node.dataset.testid = testIds.stageNode(index);
    node.dataset.built = String(built.has(index));
    node.classList.toggle(styles.activeNode!, index === active);
    node.style.cursor = 'pointer';
  }
}

/**
 * The stage graph drawn by mermaid. A failed render keeps the last good graph and says why, quietly; the
 * text alternative (the stage list beside it) always shows the same facts.
 */
export default function StageGraph({chart, analysis, built, activeStage, onSelectStage, onDrawn, predrawnKey}: StageGraphProps): ReactNode {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const figureRef = useRef<HTMLElement | null>(null);
  const {colorMode} = useColorMode();
  // mermaid (a large library, and a costly render) waits until the graph is near the screen, and is not needed
  // at all until the text leaves the predrawn example; from then on it draws every chart, that one included.
  const predrawn = usePredrawnGraph(predrawnKey, chart, colorMode);
  const nearScreen = useInView(figureRef, '150px');
  const diagram = useMermaidDiagram(chart, nearScreen && predrawn.mermaidNeeded);
  const {failure, renders} = diagram;
  // Until mermaid's first drawing, the predrawn graph is the last good one.
  const predrawnSvg = diagram.svg === null ? predrawn.svg : null;
  const svg = diagram.svg ?? predrawnSvg;
  const predrawnImage = svg === null ? predrawn.imageUrl : null;
  const scrolls = useOverflows(containerRef, svg);

  useEffect(() => {
    if (containerRef.current) annotate(containerRef.current, new Set(built), activeStage);
  }, [svg, built, activeStage]);

  useEffect(() => {
    if (svg === null) return;
    performance.mark('stagecraft:graph-drawn');
    onDrawn?.();
  }, [svg, onDrawn]);

  const onClick = (event: React.MouseEvent) => {
    const node = (event.target as Element).closest('g.node');
    const match = node ? nodeIdPattern.exec(node.id) : null;
    if (match) onSelectStage(Number(match[1]));
  };

  const drawnStages = svg === null ? 0 : analysis.stages.length;
  return (
    <figure ref={figureRef} className={styles.figure} aria-label="Stage graph">
      <div
        ref={containerRef}
        className={styles.graph}
        data-testid={testIds.stageGraph}
        data-stage-count={drawnStages}
        data-render-count={renders}
        data-predrawn={predrawnSvg !== null}
        // A graph taller or wider than its box scrolls, so the keyboard must be able to reach it.
        tabIndex={scrolls ? 0 : undefined}
        role={scrolls ? 'region' : undefined}
        aria-label={scrolls ? 'Stage graph (scrolls)' : undefined}
        onClick={onClick}
        // The SVG comes from mermaid at securityLevel "strict" (sanitised), and every label in the chart is
        // entity-escaped by toMermaid, so no user text can become markup; a predrawn one is our own example's.
        dangerouslySetInnerHTML={svg === null ? undefined : {__html: svg}}
      />
      {predrawnImage !== null ? <img src={predrawnImage} alt="Stage graph of this Dockerfile" /> : null}
      {svg === null && predrawnImage === null && failure === null ? <p className={styles.loading}>Drawing the stage graph…</p> : null}
      {failure !== null ? (
        <p className={styles.failure} role="status">
          {svg === null ? 'The stage graph could not be drawn' : 'The graph shows the last version that could be drawn'}: {failure}
        </p>
      ) : null}
    </figure>
  );
}
