import {
  forwardRef,
  lazy,
  memo,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {labChart} from './analyseLabText';
import {defaultSimulation, type Analysis} from '@site/src/core';
import type {RevealRequest} from '../DockerfileEditor';
import StaticCode from '../DockerfilePlayground/StaticCode';
import {testIds} from '../testIds';
import DiagnosticList from './DiagnosticList';
import DockerignoreEditor from '../DockerignoreEditor';
import StageList from './StageList';
import Toolbar from './Toolbar';
import {useLabState} from './useLabState';
import {compactMediaQuery, editorHeight} from './layout';
import {useMediaQuery} from '../lib/useMediaQuery';
import styles from './styles.module.css';

import BuildSimulator from '../BuildSimulator';
import ImageContents from '../ImageContents';
import StageGraph from '../StageGraph';
import {warmMermaid} from '../lib/mermaid/renderMermaid';
import {useColorMode} from '@docusaurus/theme-common';

// The panels beside the graph follow an edit a moment after it (see `panels` below): memoised, they render only
// when their deferred inputs change.
const DeferredDiagnosticList = memo(DiagnosticList);
const DeferredStageList = memo(StageList);
const DeferredBuildSimulator = memo(BuildSimulator);
const DeferredImageContents = memo(ImageContents);

const DockerfileEditor = lazy(() => import('../DockerfileEditor'));

/**
 * When Monaco loads. On the playground and exercise pages (`page`), after the first graph is drawn (or
 * after a short wait); in a chapter (`inline`), only when the reader reaches for the code — a chapter may
 * hold a dozen examples, and most readers only look at them. Clicking or focusing the code loads it. On a
 * phone every lab waits for the reader: Monaco is about 800 KB of gzip JavaScript and more than a second of a
 * phone's main thread, which a reader who only looks at the graph should not pay.
 */
const editorFallbackDelayMs = 2500;

export interface DockerfileLabProps {
  /** Autosave key: one per editor on the site. */
  storageKey: string;
  example: string;
  initialTarget?: string | null;
  title?: string;
  /** Whether `#code=` in the URL sets this editor's text (true when it is the page's only editor). */
  readsUrl: boolean;
  /**
   * `page` (playground, exercises): the full toolbar, and editor, graph and contents side by side where the
   * lab is wide; `inline` (chapters): the compact toolbar. On phones every lab is compact.
   */
  variant: 'inline' | 'page';
  /** Called with every new analysis (exercises check the analysed text). */
  onAnalysis?: (analysis: Analysis, text: string) => void;
  /** A change the cache simulation starts with (a chapter's example). */
  initialChange?: string;
  /** Extra content under the panels (the exercise checker). */
  children?: ReactNode;
  /** Names the example's graph drawn ahead of time (static/graphs/), shown until the chart changes. */
  predrawnKey?: string;
}

export interface DockerfileLabHandle {
  revealLine: (line: number) => void;
  setText: (text: string) => void;
  getText: () => string;
}

/**
 * The live Dockerfile lab: the editor, the stage graph with its text alternative, the target selector and
 * what BuildKit builds for it, the diagnostics, and sharing. A thin view over one Analysis.
 */
const DockerfileLab = forwardRef<DockerfileLabHandle, DockerfileLabProps>(function DockerfileLab(props, ref) {
  const initialSimulation = useMemo(() => (props.initialChange ? {...defaultSimulation, changes: [props.initialChange]} : undefined), [props.initialChange]);
  const lab = useLabState({
    storageKey: props.storageKey,
    example: props.example,
    initialTarget: props.initialTarget ?? null,
    readsUrl: props.readsUrl,
    initialSimulation,
  });
  const {analysis} = lab;
  const [ready, setReady] = useState(false);
  const [activeStage, setActiveStage] = useState<number | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [inputsRequest, setInputsRequest] = useState(0);
  const [editorWanted, setEditorWanted] = useState<false | 'idle' | 'interaction'>(false);
  const wantEditor = useCallback(() => setEditorWanted((wanted) => wanted || 'idle'), []);
  const reachForEditor = useCallback(() => setEditorWanted('interaction'), []);
  const phone = useMediaQuery(compactMediaQuery);
  const eagerEditor = props.variant === 'page' && !phone;
  const compact = props.variant === 'inline' || phone;
  useEffect(() => {
    if (!eagerEditor) return undefined;
    const timer = setTimeout(wantEditor, editorFallbackDelayMs);
    return () => clearTimeout(timer);
  }, [wantEditor, eagerEditor]);

  const built = lab.builder === 'legacy' ? analysis.legacyBuiltStages : analysis.builtStages;
  // On each keystroke the graph is redrawn first; the other panels (diagnostics, stage list, simulator, contents)
  // render from this deferred copy just after, so their work does not delay the graph.
  const current = useMemo(() => ({analysis, text: lab.analysedText}), [analysis, lab.analysedText]);
  const panels = useDeferredValue(current);
  const panelsBuilt = lab.builder === 'legacy' ? panels.analysis.legacyBuiltStages : panels.analysis.builtStages;
  const contexts = lab.simulation.buildContexts;
  const chart = useMemo(() => labChart(analysis, lab.builder, Object.keys(contexts)), [analysis, lab.builder, contexts]);
  const {colorMode} = useColorMode();
  const warmUp = useRef({chart, colorMode});
  warmUp.current = {chart, colorMode};
  // A reader who reaches for the code is about to edit it: mermaid's slow first render (once per page) runs once
  // the editor is up, not on the first keystroke.
  useEffect(() => {
    if (ready && editorWanted === 'interaction') warmMermaid(warmUp.current.chart, warmUp.current.colorMode);
  }, [ready, editorWanted]);
  const height = editorHeight(lab.text);

  const revealLine = useCallback((line: number, endLine?: number) => setReveal({line, endLine, nonce: Date.now() + Math.random()}), []);
  // What the editor holds right now: an edit reaches React's state a task later, and a Ctrl+Enter pressed in
  // between must check the text on screen, not the one before it.
  const editorText = useRef(lab.text);
  const renderedText = useRef(lab.text);
  if (renderedText.current !== lab.text) {
    renderedText.current = lab.text;
    editorText.current = lab.text;
  }
  const setLabText = lab.setText;
  const setTextFromEditor = useCallback(
    (text: string) => {
      editorText.current = text;
      setLabText(text);
    },
    [setLabText],
  );
  useImperativeHandle(ref, () => ({revealLine: (line) => revealLine(line), setText: lab.setText, getText: () => editorText.current}), [
    revealLine,
    lab.setText,
  ]);

  const onAnalysis = props.onAnalysis;
  useEffect(() => onAnalysis?.(analysis, lab.analysedText), [onAnalysis, analysis, lab.analysedText]);
  const sectionRef = useRef<HTMLElement | null>(null);
  const getSvg = () => sectionRef.current?.querySelector(`[data-testid="${testIds.stageGraph}"] svg`)?.outerHTML ?? null;

  const stagesRef = useRef(analysis.stages);
  stagesRef.current = analysis.stages;
  const selectStage = useCallback(
    (index: number) => {
      const stage = stagesRef.current[index];
      if (!stage) return;
      setActiveStage(index);
      revealLine(stage.range.line, stage.range.endLine);
    },
    [revealLine],
  );
  const revealOneLine = useCallback((line: number) => revealLine(line), [revealLine]);
  const onCursorLine = (line: number) => {
    const stage = [...analysis.stages].reverse().find((s) => s.line <= line);
    setActiveStage(stage ? stage.index : null);
  };
  const breakdown = useMemo(() => ({stage: activeStage, text: panels.text, onReplaceText: setLabText}), [activeStage, panels.text, setLabText]);
  const showInputs = useCallback(() => setInputsRequest((count) => count + 1), []);
  const highlight = activeStage !== null ? (analysis.stages[activeStage]?.range ?? null) : null;
  const staticCode = <StaticCode text={lab.text} height={height} />;

  return (
    <section
      ref={sectionRef}
      className={`${styles.lab} ${props.variant === 'page' ? styles.page : ''} ${compact ? styles.compact : ''}`}
      aria-label={props.title ?? 'Dockerfile editor'}
      data-layout={compact ? 'compact' : 'full'}>
      {props.title ? <p className={styles.title}>{props.title}</p> : null}
      {lab.notice ? (
        <p className={styles.notice} role="status">
          {lab.notice}{' '}
          <button type="button" className="sc-link-button" onClick={lab.dismissNotice}>
            Dismiss
          </button>
        </p>
      ) : null}
      <Toolbar lab={lab} chart={chart} readsUrl={props.readsUrl} getSvg={getSvg} compact={compact} onShowInputs={showInputs} />
      <div className={styles.body}>
        <div className={styles.editorColumn}>
          <div
            className={styles.editorFrame}
            data-testid={testIds.editor}
            data-ready={ready ? 'true' : 'false'}
            onPointerDown={reachForEditor}
            onFocusCapture={reachForEditor}>
            {editorWanted ? (
              <Suspense fallback={staticCode}>
                <DockerfileEditor
                  value={lab.text}
                  onChange={setTextFromEditor}
                  diagnostics={panels.analysis.diagnostics}
                  highlight={highlight}
                  reveal={reveal}
                  onCursorLine={onCursorLine}
                  onReady={() => setReady(true)}
                  focusOnMount={editorWanted === 'interaction'}
                  height={height}
                  ariaLabel={`${props.title ?? 'Dockerfile'} editor. Press Escape then Tab to leave the editor.`}
                  placeholder={staticCode}
                />
              </Suspense>
            ) : (
              <>
                {staticCode}
                <button type="button" className={styles.editButton} onClick={reachForEditor}>
                  Edit
                </button>
              </>
            )}
          </div>
          <p className={styles.keyboardHint}>
            Tab indents. To leave the editor with the keyboard, press <kbd>Esc</kbd> then <kbd>Tab</kbd>.
          </p>
          <DockerignoreEditor value={lab.dockerignore} onChange={lab.setDockerignore} />
          <DeferredDiagnosticList diagnostics={panels.analysis.diagnostics} error={panels.analysis.error} onReveal={revealOneLine} />
        </div>
        <div className={styles.panelColumn}>
          <StageGraph
            chart={chart}
            analysis={analysis}
            built={built}
            activeStage={activeStage}
            onSelectStage={selectStage}
            onDrawn={eagerEditor ? wantEditor : undefined}
            predrawnKey={props.predrawnKey}
          />
          <DeferredStageList analysis={panels.analysis} built={panelsBuilt} activeStage={activeStage} onSelectStage={selectStage} />
          <DeferredBuildSimulator analysis={panels.analysis} simulation={lab.simulation} onChange={lab.setSimulation} focusRequest={inputsRequest} />
        </div>
        <div className={styles.contentsColumn}>
          <div className={styles.contentsScroll}>
            <DeferredImageContents analysis={panels.analysis} onRevealLine={revealOneLine} breakdown={breakdown} />
          </div>
        </div>
      </div>
      {props.children}
    </section>
  );
});

export default DockerfileLab;
