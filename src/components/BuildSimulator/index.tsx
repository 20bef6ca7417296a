import type {ReactNode} from 'react';
import type {Analysis, SimulationInputs} from '@site/src/core';
import CacheView from './CacheView';
import PlanView from './PlanView';
import styles from './styles.module.css';

interface BuildSimulatorProps {
  analysis: Analysis;
  simulation: SimulationInputs;
  onChange: (simulation: SimulationInputs) => void;
  /** In a chapter the simulator starts folded, unless a change is already being simulated. */
  compact: boolean;
}

/** The build plan and the cache simulator, under the stage graph. */
export default function BuildSimulator({analysis, simulation, onChange, compact}: BuildSimulatorProps): ReactNode {
  return (
    <details className={styles.simulator} open={!compact || simulation.changes.length > 0}>
      <summary>Build plan and cache</summary>
      <PlanView analysis={analysis} />
      <CacheView analysis={analysis} simulation={simulation} onChange={onChange} />
    </details>
  );
}
