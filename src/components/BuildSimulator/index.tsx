import {useEffect, useRef, useState, type ReactNode} from 'react';
import type {Analysis, SimulationInputs} from '@site/src/core';
import BakeView from './BakeView';
import BuildInputs from './BuildInputs';
import CacheView from './CacheView';
import PlanView from './PlanView';
import styles from './styles.module.css';

interface BuildSimulatorProps {
  analysis: Analysis;
  simulation: SimulationInputs;
  onChange: (simulation: SimulationInputs) => void;
  /** Changes (a counter) when the toolbar asks for the inputs: open the section and focus the builder. */
  focusRequest?: number;
}

/** Open at first only when there is something to show beyond the default plan (a link's or a chapter's inputs). */
function startsOpen(simulation: SimulationInputs): boolean {
  return (
    simulation.changes.length > 0 ||
    simulation.builder !== 'buildkit' ||
    simulation.platform !== null ||
    Object.keys(simulation.buildArgs).length > 0 ||
    Object.keys(simulation.buildContexts).length > 0
  );
}

/**
 * Under the stage graph: the build inputs (builder, platform, build args, named contexts), the build plan, the
 * bake file and the cache simulator. Folded by default, so the lab keeps its height; the toolbar summarises
 * the inputs and its build command follows them.
 */
export default function BuildSimulator({analysis, simulation, onChange, focusRequest = 0}: BuildSimulatorProps): ReactNode {
  const [open, setOpen] = useState(() => startsOpen(simulation));
  const details = useRef<HTMLDetailsElement | null>(null);
  const builder = useRef<HTMLSelectElement | null>(null);
  useEffect(() => {
    if (focusRequest === 0 || !details.current) return;
    // Opened on the element itself first, so the select is visible (focusable) in this same task.
    details.current.open = true;
    setOpen(true);
    builder.current?.focus();
  }, [focusRequest]);
  return (
    <details ref={details} className={styles.simulator} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Build plan and cache</summary>
      <BuildInputs analysis={analysis} simulation={simulation} onChange={onChange} builderRef={builder} />
      <PlanView analysis={analysis} />
      <BakeView analysis={analysis} simulation={simulation} />
      <CacheView analysis={analysis} simulation={simulation} onChange={onChange} />
    </details>
  );
}
