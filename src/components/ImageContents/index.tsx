import type {ReactNode} from 'react';
import {formatBytes} from '@site/src/core';
import type {Analysis, ContentCategory, ContentItem, SizeRange} from '@site/src/core';
import {testIds} from '../testIds';
import styles from './styles.module.css';
import {stageLabelAt} from '@site/src/core';
import ImageBreakdown from '../ImageBreakdown';

interface ImageContentsProps {
  analysis: Analysis;
  onRevealLine: (line: number) => void;
  /** For the breakdown by origin: the stage chosen in the lab, the editor text and a way to replace it. */
  breakdown?: {stage: number | null; text: string; onReplaceText: (text: string) => void};
}

const categoryLabel: Record<ContentCategory, string> = {
  'base-image': 'Base image',
  toolchain: 'Toolchain',
  'os-packages': 'OS packages',
  dependencies: 'Dependencies',
  'dev-dependencies': 'Dev dependencies',
  source: 'Source',
  'build-output': 'Build output',
  cache: 'Cache',
  secret: 'Secret',
  other: 'Other',
};

function approx(bytes: number | null, range?: SizeRange | null): string {
  if (bytes === null) return 'unknown';
  if (range && range.min !== range.max) return `≈ ${formatBytes(bytes)} (${formatBytes(range.min)}–${formatBytes(range.max)})`;
  return `≈ ${formatBytes(bytes)}`;
}

/** A base image's size: on disk (what the totals add up) and, where the catalog has it, what a pull downloads. */
function sizeOf(item: ContentItem): string {
  if (item.includedIn === 'base-image') return 'in the base image';
  const onDisk = approx(item.bytes, item.range);
  if (item.compressed === undefined || item.bytes === null) return onDisk;
  return `${onDisk} on disk, ${approx(item.compressed.bytes)} to pull`;
}

/** One content item: category, what it is, its size, its line; the assumption behind the figure one click away. */
function Item({item, analysis, onRevealLine, stage}: {item: ContentItem; analysis: Analysis; onRevealLine: (line: number) => void; stage?: number}): ReactNode {
  return (
    <li className={styles.item} data-category={item.category}>
      <details>
        <summary>
          <span className={`${styles.category} ${styles[item.category]}`}>{categoryLabel[item.category]}</span>
          <span className={styles.label}>
            {item.label}
            {stage !== undefined ? <span className={styles.where}> in {stageLabelAt(analysis.stages, stage)}</span> : null}
            {item.removedAt !== null ? <span className={styles.where}> (deleted on line {item.removedAt}, still in its layer)</span> : null}
          </span>
          <span className={styles.size}>{sizeOf(item)}</span>
        </summary>
        <p className={styles.assumption}>
          {item.assumption}{' '}
          {item.compressed !== undefined ? (
            <>
              The pull size is the compressed download{item.compressed.kind === 'estimate' ? ' (an estimate)' : ''}
              {item.compressed.readFor !== null ? `, read for ${item.compressed.readFor}` : ''}; the image takes the larger size on disk.{' '}
            </>
          ) : null}
          <button type="button" className="sc-link-button" onClick={() => onRevealLine(item.line)}>
            Line {item.line}
          </button>
        </p>
      </details>
    </li>
  );
}

/**
 * What the final image keeps and what stays behind in builder stages, with estimated sizes, against the
 * same steps built as one stage. Figures are estimates from the base-image catalog and typical artifact
 * sizes; the assumption behind each is one click away, and an unknown size is said to be unknown.
 */
export default function ImageContents({analysis, onRevealLine, breakdown}: ImageContentsProps): ReactNode {
  const {estimate} = analysis;
  const final = estimate.final;
  const finalStage = final ? estimate.stages[final.index] : undefined;
  const single = estimate.singleStage.bytes;
  const finalBytes = final?.bytes ?? null;
  const multiStage = analysis.stages.length > 1;
  const comparable = multiStage && single !== null && finalBytes !== null;
  const compared = comparable && estimate.savings.bytes !== null;
  const unknownParts = finalStage?.unknownItems ?? 0;
  const widthOf = (bytes: number | null) => (bytes === null || !single ? 0 : Math.max(2, Math.min(100, (bytes / single) * 100)));

  return (
    <section className={styles.panel} data-testid={testIds.contentsPanel} data-final-bytes={finalBytes ?? undefined} aria-label="Estimated image contents">
      <h3 className={styles.heading}>What ends up in the image</h3>
      {final === null ? (
        <p className={styles.muted}>No stage to estimate.</p>
      ) : (
        <>
          <p className={styles.headline}>
            {finalBytes === null ? (
              <>Final image: size unknown{finalStage?.note ? ` (${finalStage.note})` : ''}.</>
            ) : compared && estimate.savings.percent !== null && estimate.savings.percent > 0 ? (
              <>
                {approx(finalBytes)} instead of {approx(single)} <span className={styles.savings}>(−{Math.round(estimate.savings.percent)}%)</span>
              </>
            ) : comparable && !compared && unknownParts > 0 ? (
              <>
                Final image: at least {approx(finalBytes)}, plus {unknownParts} part{unknownParts === 1 ? '' : 's'} of unknown size, so no saving can be worked
                out.
              </>
            ) : (
              <>Final image {approx(finalBytes)}</>
            )}
          </p>
          {compared ? (
            <div className={styles.bars} aria-hidden="true">
              <div className={styles.barRow}>
                <span>one stage</span>
                <span className={styles.barTrack}>
                  <span className={styles.barSingle} style={{width: '100%'}} />
                </span>
              </div>
              <div className={styles.barRow}>
                <span>multi-stage</span>
                <span className={styles.barTrack}>
                  <span className={styles.barFinal} style={{width: `${widthOf(finalBytes)}%`}} />
                </span>
              </div>
            </div>
          ) : null}
          {estimate.warnings.length > 0 ? (
            <ul className={styles.warnings} aria-label="What the final image should not carry">
              {estimate.warnings.map((warning) => (
                <li key={`${warning.itemId}-${warning.category}`} data-category={warning.category}>
                  {warning.message}{' '}
                  <button type="button" className="sc-link-button" onClick={() => onRevealLine(warning.line)}>
                    Line {warning.line}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {breakdown ? <ImageBreakdown analysis={analysis} onRevealLine={onRevealLine} {...breakdown} /> : null}
          <h4 className={styles.subheading}>In the final image ({stageLabelAt(analysis.stages, final.index)})</h4>
          <ul className={styles.items}>
            {finalStage?.contents.map((item) => (
              <Item key={`${item.id}-${item.line}`} item={item} analysis={analysis} onRevealLine={onRevealLine} />
            ))}
          </ul>
          {estimate.leftBehind.length > 0 ? (
            <>
              <h4 className={styles.subheading}>Left behind in builder stages</h4>
              <ul className={styles.items}>
                {estimate.leftBehind.map((item) => (
                  <Item key={`${item.id}-${item.stage}`} item={item} stage={item.stage} analysis={analysis} onRevealLine={onRevealLine} />
                ))}
              </ul>
            </>
          ) : null}
          <details className={styles.assumptions}>
            <summary>How these sizes are estimated</summary>
            <ul>
              {estimate.assumptions.map((assumption) => (
                <li key={assumption}>{assumption}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
