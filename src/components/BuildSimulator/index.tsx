import {useState, type ReactNode} from 'react';
import type {Analysis, SimulationInputs} from '@site/src/core';
import BuildInputs from './BuildInputs';
import CacheView from './CacheView';
import PlanView from './PlanView';
import styles from './styles.module.css';

interface BuildSimulatorProps {
  analysis: Analysis;
  simulation: SimulationInputs;
  onChange: (simulation: SimulationInputs) => void;
}

/** Open at first only when there is something to show beyond the default plan (a link's or a chapter's inputs). */
function startsOpen(simulation: SimulationInputs): boolean {
  return simulation.changes.length > 0 || simulation.builder !== 'buildkit' || simulation.platform !== null || Object.keys(simulation.buildArgs).length > 0;
}

/**
 * Under the stage graph: the build inputs (builder, platform, build args), the build plan and the cache
 * simulator. Folded by default, so the lab keeps its height; the build command in the toolbar follows the inputs.
 */
export default function BuildSimulator({analysis, simulation, onChange}: BuildSimulatorProps): ReactNode {
  const [open, setOpen] = useState(() => startsOpen(simulation));
  return (
    <details className={styles.simulator} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Build plan and cache</summary>
      <BuildInputs simulation={simulation} onChange={onChange} />
      <PlanView analysis={analysis} />
      <CacheView analysis={analysis} simulation={simulation} onChange={onChange} />
    </details>
  );
}
