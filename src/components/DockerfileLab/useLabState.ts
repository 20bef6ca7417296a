import {useCallback, useEffect, useMemo, useState} from 'react';
import {readShareFragment} from '@site/src/core';
import type {Analysis} from '@site/src/core';
import type {BuilderKind} from '@site/src/core';
import {defaultSimulation, toAnalyzeOptions, type SimulationInputs} from '@site/src/core';
import {readStored, removeStored, writeStored} from '../lib/storage';
import {analyseLabText} from './analyseLabText';

export type TextOrigin = 'example' | 'saved' | 'link';

interface SavedEditor {
  text: string;
  target: string | null;
}

function isSavedEditor(value: unknown): value is SavedEditor {
  if (typeof value !== 'object' || value === null) return false;
  const {text, target} = value as Record<string, unknown>;
  return typeof text === 'string' && text.length <= 1_000_000 && (target === null || typeof target === 'string');
}

export interface LabStateOptions {
  /** Storage key of this editor's autosave. */
  storageKey: string;
  example: string;
  initialTarget: string | null;
  /** Whether this editor takes its starting text from `#code=` in the URL. */
  readsUrl: boolean;
  /** The build inputs the example starts with (a chapter may start a cache simulation). */
  initialSimulation?: SimulationInputs;
}

interface InitialState {
  text: string;
  target: string | null;
  origin: TextOrigin;
  notice: string | null;
  simulation?: SimulationInputs;
}

function initialState(options: LabStateOptions): InitialState {
  if (options.readsUrl && typeof window !== 'undefined') {
    const shared = readShareFragment(window.location.hash);
    if (shared.kind === 'ok') return {text: shared.state.code, target: shared.state.target, origin: 'link', notice: null, simulation: shared.state.simulation};
    if (shared.kind === 'invalid') {
      return {
        text: options.example,
        target: options.initialTarget,
        origin: 'example',
        notice: `This link's Dockerfile could not be opened: ${shared.reason}. Showing the example instead.`,
      };
    }
  }
  const saved = readStored(options.storageKey, isSavedEditor);
  if (saved && saved.text !== options.example) return {text: saved.text, target: saved.target, origin: 'saved', notice: null};
  return {text: options.example, target: options.initialTarget, origin: 'example', notice: null};
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/**
 * Up to this many characters the text is analysed on every keystroke: a typical Dockerfile takes well under a
 * millisecond and a 2,000-line one about 20 ms (`npm run bench:analysis`). Longer texts wait for a pause in
 * typing, so a multi-megabyte paste never costs an analysis per keystroke.
 */
const immediateAnalysisMaxChars = 20_000;
const typingPauseMs = 150;

/**
 * The text to analyse: the editor's text itself, in the same render as the keystroke, and debounced only for
 * texts too long to analyse on every keystroke. (Not useDeferredValue: its time-sliced render lets a
 * keystroke such as an exercise's Ctrl+Enter run before the text it follows has been committed.)
 */
function useAnalysedText(text: string): string {
  const debounced = useDebounced(text, typingPauseMs);
  return text.length <= immediateAnalysisMaxChars ? text : debounced;
}

export interface LabState {
  text: string;
  setText: (text: string) => void;
  /** The target as chosen (stage name or index), or null for the default (last) stage. */
  target: string | null;
  setTarget: (target: string | null) => void;
  builder: BuilderKind;
  setBuilder: (builder: BuilderKind) => void;
  /** The build context's .dockerignore as the reader wrote it ('' for none). */
  dockerignore: string;
  setDockerignore: (text: string) => void;
  /** The build inputs of the build plan and cache simulation (builder, build args, platform, changes). */
  simulation: SimulationInputs;
  setSimulation: (simulation: SimulationInputs) => void;
  analysis: Analysis;
  /** The text the analysis is of (the editor text; debounced only for very long texts). */
  analysedText: string;
  origin: TextOrigin;
  notice: string | null;
  dismissNotice: () => void;
  reset: () => void;
  edited: boolean;
}

/** The lab's only state: the text, the target, the builder to compare; everything else derives from them. */
export function useLabState(options: LabStateOptions): LabState {
  const [first] = useState(() => initialState(options));
  const [text, setText] = useState(first.text);
  const [target, setTarget] = useState<string | null>(first.target);
  const [builder, setBuilder] = useState<BuilderKind>('buildkit');
  const [origin, setOrigin] = useState<TextOrigin>(first.origin);
  const [notice, setNotice] = useState<string | null>(first.notice);
  const [dockerignoreText, setDockerignore] = useState('');
  const analysedText = useAnalysedText(text);
  const dockerignore = useDebounced(dockerignoreText, 150);
  const [simulation, setSimulation] = useState<SimulationInputs>(first.simulation ?? options.initialSimulation ?? defaultSimulation);

  const analysis = useMemo(() => {
    // User Timing marks let the benchmark split keystroke-to-graph latency into debounce and work.
    performance.mark('stagecraft:analysis-start');
    const inputs = {...toAnalyzeOptions(simulation), dockerignore: dockerignore.trim() === '' ? null : dockerignore};
    return analyseLabText(analysedText, target, inputs);
  }, [analysedText, target, simulation, dockerignore]);

  const edited = text !== options.example;
  useEffect(() => {
    const timer = setTimeout(() => {
      if (edited) writeStored(options.storageKey, {text, target} satisfies SavedEditor);
      else removeStored(options.storageKey);
    }, 400);
    return () => clearTimeout(timer);
  }, [text, target, edited, options.storageKey]);

  const reset = useCallback(() => {
    setText(options.example);
    setTarget(options.initialTarget);
    setSimulation(options.initialSimulation ?? defaultSimulation);
    setOrigin('example');
    setNotice(null);
    removeStored(options.storageKey);
    if (options.readsUrl && typeof window !== 'undefined' && window.location.hash.includes('code=')) {
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
  }, [options.example, options.initialTarget, options.initialSimulation, options.storageKey, options.readsUrl]);

  return {
    text,
    setText,
    target,
    setTarget,
    builder,
    setBuilder,
    dockerignore: dockerignoreText,
    setDockerignore,
    simulation,
    setSimulation,
    analysis,
    analysedText,
    origin,
    notice,
    dismissNotice: () => setNotice(null),
    reset,
    edited,
  };
}
