import type {Analysis, Diagnostic, Estimate, SizeRange} from '../types';
import {toMermaid} from '../graph/toMermaid';
import {stageLabelAt} from '../model/stageLabel';
import {formatBytes} from '../estimate/formatBytes';
import {toShareFragment} from '../share/shareState';
import type {SimulationInputs} from '../plan/simulationInputs';
import {countBySeverity} from './failOn';
import {markdownCode, markdownText} from './markdownText';
import {absoluteSiteUrl, stagecraftSiteUrl} from './siteUrl';

export interface ReportOptions {
  /** The file as the user named it (`Dockerfile`, `services/api/Dockerfile`); `stdin` for standard input. */
  file: string;
  /** The Dockerfile's text, for the "Open in Stagecraft" link (left out when null or too long for a link). */
  text?: string | null;
  /** The `--target` as the user gave it, carried into the link. */
  target?: string | null;
  /** The build inputs the analysis used (builder, build args, platform), carried into the link. */
  simulation?: SimulationInputs;
  /** Where the reference pages live (default: the published site). */
  siteUrl?: string;
}

/** Longest playground link the report carries: a pull-request comment or job summary stays readable. */
const maxLinkLength = 8000;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function sizeText(bytes: number | null, range: SizeRange | null = null): string {
  if (bytes === null) return 'unknown';
  if (range !== null && range.min !== range.max) return `≈ ${formatBytes(bytes)} (${formatBytes(range.min)}–${formatBytes(range.max)})`;
  return `≈ ${formatBytes(bytes)}`;
}

function summarySection(analysis: Analysis, options: ReportOptions): string[] {
  const counts = countBySeverity(analysis.diagnostics);
  const lines = [`## Stagecraft report for ${markdownCode(options.file)}`, ''];
  lines.push(
    analysis.error === null
      ? `BuildKit would accept this file. ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}.`
      : `> [!CAUTION]\n> BuildKit would refuse this build: ${markdownText(analysis.error)}`,
  );
  const link = playgroundLink(options);
  if (link !== null) lines.push('', `[Open this Dockerfile in Stagecraft](${link})`);
  return lines;
}

/** The Dockerfile in the playground, through the share fragment the lab reads; null when it would be too long. */
export function playgroundLink(options: ReportOptions): string | null {
  if (options.text === undefined || options.text === null) return null;
  const link = absoluteSiteUrl(
    `/playground${toShareFragment({code: options.text, target: options.target ?? null, simulation: options.simulation})}`,
    options.siteUrl,
  );
  return link.length <= maxLinkLength ? link : null;
}

function graphSection(analysis: Analysis): string[] {
  if (analysis.stages.length === 0) return [];
  return [
    '### Stage graph',
    '',
    '```mermaid',
    toMermaid(analysis).trimEnd(),
    '```',
    '',
    'Thick arrows are `FROM <stage>`, solid arrows `COPY --from`, dotted arrows `RUN --mount from=`. Rounded boxes are images used as sources. The target has a thick outline; faded, dashed stages are not built for it.',
  ];
}

function buildSection(analysis: Analysis): string[] {
  if (analysis.target === null) return [];
  const label = (index: number) => markdownCode(stageLabelAt(analysis.stages, index));
  const built = new Set(analysis.builtStages);
  const skipped = analysis.stages.filter((stage) => !built.has(stage.index)).map((stage) => stage.index);
  const lines = ['### What the target builds', '', `Target: ${label(analysis.target)}.`, ''];
  lines.push(`- BuildKit builds ${plural(analysis.builtStages.length, 'stage')}: ${analysis.builtStages.map(label).join(', ')}.`);
  if (skipped.length > 0) lines.push(`- It skips ${skipped.map(label).join(', ')}: the target does not depend on ${skipped.length === 1 ? 'it' : 'them'}.`);
  if (analysis.legacyBuiltStages.length !== analysis.builtStages.length) {
    lines.push(`- The legacy builder (\`DOCKER_BUILDKIT=0\`) would build every stage up to the target: ${analysis.legacyBuiltStages.map(label).join(', ')}.`);
  }
  return lines;
}

function estimateSection(analysis: Analysis): string[] {
  const estimate: Estimate = analysis.estimate;
  if (estimate.final === null) return [];
  const lines = ['### Size estimate', '', '| Image | Estimated size |', '| --- | --- |'];
  lines.push(
    `| Final image (${markdownCode(stageLabelAt(analysis.stages, estimate.final.index), 'table')}) | ${sizeText(estimate.final.bytes, estimate.final.range)} |`,
  );
  if (analysis.stages.length > 1) {
    const base = estimate.singleStage.base === null ? '' : ` on ${markdownCode(estimate.singleStage.base, 'table')}`;
    lines.push(`| The same steps as one stage${base} | ${sizeText(estimate.singleStage.bytes, estimate.singleStage.range)} |`);
    const {bytes, percent} = estimate.savings;
    if (bytes !== null && percent !== null) {
      const change =
        bytes === 0 ? 'the same estimate' : `${formatBytes(Math.abs(bytes))} ${bytes > 0 ? 'smaller' : 'larger'} (${Math.round(Math.abs(percent))}%)`;
      lines.push(`| Multi-stage against single-stage | ${change} |`);
    }
  }
  if (estimate.assumptions.length > 0) {
    const assumptions = estimate.assumptions.map((assumption) => `- ${markdownText(assumption)}`);
    lines.push('', '<details><summary>How the sizes are estimated</summary>', '', ...assumptions, '', '</details>');
  }
  return lines;
}

function diagnosticRow(diagnostic: Diagnostic, siteUrl: string): string {
  const code = markdownCode(diagnostic.code, 'table');
  const linked = diagnostic.url === null ? code : `[${code}](${absoluteSiteUrl(diagnostic.url, siteUrl)})`;
  return `| ${diagnostic.severity} | ${diagnostic.line} | ${linked} | ${markdownText(diagnostic.message)} |`;
}

function diagnosticsSection(analysis: Analysis, siteUrl: string): string[] {
  const lines = ['### Diagnostics', ''];
  if (analysis.diagnostics.length === 0) return [...lines, 'None.'];
  lines.push('| Severity | Line | Code | Message |', '| --- | ---: | --- | --- |');
  return [...lines, ...analysis.diagnostics.map((diagnostic) => diagnosticRow(diagnostic, siteUrl))];
}

/**
 * `stagecraft report --format markdown`: a summary for a pull-request comment or a CI job summary. GitHub
 * renders the ```mermaid block as the stage graph; every diagnostic code links to its explanation.
 */
export function toMarkdownReport(analysis: Analysis, options: ReportOptions): string {
  const siteUrl = options.siteUrl ?? stagecraftSiteUrl;
  const sections = [
    summarySection(analysis, options),
    graphSection(analysis),
    buildSection(analysis),
    estimateSection(analysis),
    diagnosticsSection(analysis, siteUrl),
  ];
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
}
