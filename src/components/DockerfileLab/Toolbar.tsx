import {useEffect, useState, type ReactNode} from 'react';
import {stageLabel} from '@site/src/core/model/stageLabel';
import {toShareFragment} from '@site/src/core/share/shareState';
import {toBuildCommand} from '@site/src/core/plan/toBuildCommand';
import {summariseInputs} from '@site/src/core/plan/simulationInputs';
import type {Analysis} from '@site/src/core/types';
import {testIds} from '../testIds';
import MoreMenu from './MoreMenu';
import {embedSnippet} from '../Embed/embedSnippet';
import {copyText} from '../lib/clipboard';
import type {LabState} from './useLabState';
import styles from './styles.module.css';

interface ToolbarProps {
  lab: LabState;
  chart: string;
  readsUrl: boolean;
  getSvg: () => string | null;
  /** One row: the target, and everything else behind "More" (chapters, phones). */
  compact: boolean;
  /** Opens the build inputs under the graph and moves focus to them. */
  onShowInputs: () => void;
}

function stageValue(analysis: Analysis, index: number): string {
  return analysis.stages[index]?.name ?? String(index);
}

function TargetField({lab}: {lab: LabState}): ReactNode {
  const {analysis} = lab;
  const selected = analysis.target === null ? '' : stageValue(analysis, analysis.target);
  return (
    <label className={styles.field}>
      <span>Target</span>
      <select
        data-testid={testIds.targetSelect}
        value={selected}
        onChange={(event) => {
          const last = analysis.stages.length - 1;
          lab.setTarget(event.target.value === stageValue(analysis, last) ? null : event.target.value);
        }}
        disabled={analysis.stages.length === 0}>
        {analysis.stages.map((stage) => (
          <option key={stage.index} value={stageValue(analysis, stage.index)}>
            {stageLabel(stage)}
            {stage.name === null ? ' (unnamed)' : ''}
            {stage.index === analysis.stages.length - 1 ? ' — default' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The build inputs as one button: it opens them under the graph (they do not fit in the toolbar itself). */
function InputsSummaryButton({lab, onShowInputs}: {lab: LabState; onShowInputs: () => void}): ReactNode {
  const summary = summariseInputs(lab.simulation);
  return (
    <button
      type="button"
      className={`button button--sm button--outline button--primary ${styles.inputsSummary}`}
      data-testid={testIds.buildInputsSummary}
      aria-label={`Build inputs: ${summary.replace(/ · /g, ', ')}. Change them`}
      title="Change the builder, platform, build args and build contexts"
      onClick={onShowInputs}>
      {summary}
    </button>
  );
}

function BuilderFields({lab}: {lab: LabState}): ReactNode {
  const {analysis} = lab;
  const legacy = lab.builder === 'legacy';
  const command = toBuildCommand(analysis, legacy ? {...lab.simulation, builder: 'legacy'} : lab.simulation);
  return (
    <>
      <label className={styles.checkbox}>
        <input
          type="checkbox"
          data-testid={testIds.legacyToggle}
          checked={legacy}
          onChange={(event) => lab.setBuilder(event.target.checked ? 'legacy' : 'buildkit')}
        />
        <span>Compare the legacy builder</span>
      </label>
      <p className={styles.command} data-testid={testIds.buildCommand}>
        {command.ok ? <code>{command.command}</code> : <span>{command.reason}</span>}
      </p>
    </>
  );
}

interface ShareActions {
  copyLink: () => Promise<void>;
  copyMermaid: () => Promise<void>;
  downloadSvg: () => void;
  copyEmbed: () => Promise<void>;
}

/** Copy link, Copy as Mermaid, Download SVG and Reset; `after` runs once an action has run (closes the menu). */
function ShareButtons({lab, actions, after}: {lab: LabState; actions: ShareActions; after?: () => void}): ReactNode {
  const run = (action: () => unknown) => async () => {
    await action();
    after?.();
  };
  const className = 'button button--sm button--secondary';
  return (
    <>
      <button type="button" className={className} data-testid={testIds.copyLink} onClick={run(actions.copyLink)}>
        Copy link
      </button>
      <button type="button" className={className} data-testid={testIds.copyMermaid} onClick={run(actions.copyMermaid)}>
        Copy as Mermaid
      </button>
      <button type="button" className={className} data-testid={testIds.downloadSvg} onClick={run(actions.downloadSvg)}>
        Download SVG
      </button>
      <button type="button" className={className} data-testid={testIds.copyEmbed} onClick={run(actions.copyEmbed)}>
        Copy embed code
      </button>
      <button
        type="button"
        className={className}
        data-testid={testIds.resetExample}
        onClick={run(lab.reset)}
        disabled={!lab.edited && lab.origin === 'example'}>
        Reset to the example
      </button>
    </>
  );
}

/** The sharing actions and the status line they report to. */
function useShareActions(lab: LabState, chart: string, readsUrl: boolean, getSvg: () => string | null): ShareActions & {status: string | null} {
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    if (status === null) return undefined;
    const timer = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(timer);
  }, [status]);
  const copyLink = async () => {
    const fragment = toShareFragment({code: lab.text, target: lab.target, simulation: lab.simulation});
    const url = readsUrl ? `${window.location.origin}${window.location.pathname}${fragment}` : `${window.location.origin}/playground${fragment}`;
    if (readsUrl) window.history.replaceState(null, '', fragment);
    setStatus((await copyText(url)) ? 'Link copied: it opens this Dockerfile, its target and build inputs.' : `Copy this link: ${url}`);
  };
  const copyMermaid = async () => {
    setStatus((await copyText(chart)) ? 'Mermaid copied: paste it into a ```mermaid block in Markdown.' : 'The clipboard is not available here.');
  };
  const downloadSvg = () => {
    const svg = getSvg();
    if (!svg) {
      setStatus('The graph is not drawn yet.');
      return;
    }
    const url = URL.createObjectURL(new Blob([svg], {type: 'image/svg+xml'}));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = 'stage-graph.svg';
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copyEmbed = async () => {
    const snippet = embedSnippet(window.location.origin, {code: lab.text, target: lab.target, simulation: lab.simulation});
    setStatus((await copyText(snippet)) ? 'Embed code copied: paste the <iframe> into your docs.' : `Copy this embed code: ${snippet}`);
  };
  return {status, copyLink, copyMermaid, downloadSvg, copyEmbed};
}

function SavedNote({lab}: {lab: LabState}): ReactNode {
  if (!lab.edited) return null;
  return <span className={styles.savedNote}>{lab.origin === 'link' ? 'Opened from a link' : 'Your edits are saved in this browser'}</span>;
}

/**
 * Target, builder comparison, the matching command, and sharing: link, Mermaid text, SVG, reset. Compact:
 * the target alone, the rest behind one "More" menu, so the code starts close under the lab's top.
 */
export default function Toolbar({lab, chart, readsUrl, getSvg, compact, onShowInputs}: ToolbarProps): ReactNode {
  const {status, ...actions} = useShareActions(lab, chart, readsUrl, getSvg);
  const statusLine = (
    <p className={styles.status} role="status" aria-live="polite">
      {status}
    </p>
  );
  if (compact) {
    return (
      <div className={`${styles.toolbar} ${styles.compactToolbar}`}>
        <div className={styles.compactRow}>
          <TargetField lab={lab} />
          <MoreMenu>
            {(done) => (
              <>
                <BuilderFields lab={lab} />
                <InputsSummaryButton lab={lab} onShowInputs={onShowInputs} />
                <ShareButtons lab={lab} actions={actions} after={done} />
                <SavedNote lab={lab} />
              </>
            )}
          </MoreMenu>
        </div>
        {statusLine}
      </div>
    );
  }
  return (
    <div className={styles.toolbar}>
      <div className={styles.toolbarRow}>
        <TargetField lab={lab} />
        <InputsSummaryButton lab={lab} onShowInputs={onShowInputs} />
        <BuilderFields lab={lab} />
        <ShareButtons lab={lab} actions={actions} />
        <SavedNote lab={lab} />
        {statusLine}
      </div>
    </div>
  );
}
