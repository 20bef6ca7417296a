import type {ReactNode} from 'react';
import {formatBytes, stageLabelAt, type Analysis, type ContentItem} from '@site/src/core';
import styles from './styles.module.css';

const shownItems = 8;

function size(bytes: number | null): string {
  return bytes === null ? 'unknown' : `≈ ${formatBytes(bytes)}`;
}

function itemSize(item: ContentItem): string {
  return item.includedIn === 'base-image' ? 'in the base image' : size(item.bytes);
}

/** The headline of the lab's contents panel in a few lines: final size against one stage, what it holds, what stays behind. */
export default function EmbedContents({analysis}: {analysis: Analysis}): ReactNode {
  const {estimate} = analysis;
  if (estimate.final === null) return null;
  const items = estimate.stages[estimate.final.index]?.contents ?? [];
  const {percent} = estimate.savings;
  const compared = analysis.stages.length > 1 && estimate.singleStage.bytes !== null && percent !== null && percent > 0;
  return (
    <section className={styles.contents} aria-label="Estimated image contents">
      <p className={styles.headline}>
        Final image ({stageLabelAt(analysis.stages, estimate.final.index)}): {size(estimate.final.bytes)}
        {compared ? ` instead of ${size(estimate.singleStage.bytes)} as one stage (−${Math.round(percent)}%)` : ''}
      </p>
      <ul className={styles.items}>
        {items.slice(0, shownItems).map((item) => (
          <li key={`${item.id}-${item.line}`}>
            <span>{item.label}</span> <span className={styles.muted}>{itemSize(item)}</span>
          </li>
        ))}
        {items.length > shownItems ? <li className={styles.muted}>and {items.length - shownItems} more</li> : null}
      </ul>
      {estimate.leftBehind.length > 0 ? (
        <p className={styles.muted}>
          Left behind in builder stages: {estimate.leftBehind.length} item{estimate.leftBehind.length === 1 ? '' : 's'}, among them{' '}
          {estimate.leftBehind[0]!.label}.
        </p>
      ) : null}
      <p className={styles.muted}>Sizes are estimates from Stagecraft&apos;s base-image catalog, not measurements.</p>
    </section>
  );
}
