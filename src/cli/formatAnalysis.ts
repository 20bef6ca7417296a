import type {Analysis} from '../core';
import {stageLabelAt} from '../core';

/** `analyze --format text`: a summary for people reading a terminal. */
export function formatAnalysis(analysis: Analysis, file: string): string {
  const out: string[] = [];
  const built = new Set(analysis.builtStages);
  out.push(`${file}: ${analysis.stages.length} stage${analysis.stages.length === 1 ? '' : 's'}`);
  for (const stage of analysis.stages) {
    const marks = [built.has(stage.index) ? 'built' : 'skipped'];
    if (stage.index === analysis.target) marks.push('target');
    const platform = stage.platform ? ` --platform=${stage.platform}` : '';
    out.push(`  #${stage.index} ${(stage.name ?? '-').padEnd(14)} FROM${platform} ${stage.from}  (line ${stage.line}; ${marks.join(', ')})`);
  }
  if (analysis.dependencies.length > 0) {
    out.push('Dependencies:');
    for (const d of analysis.dependencies) {
      out.push(
        `  ${stageLabelAt(analysis.stages, d.stage)} <- ${stageLabelAt(analysis.stages, d.on)} (${d.via}${d.onbuild ? ', ONBUILD' : ''}, line ${d.line})`,
      );
    }
  }
  if (analysis.externalImages.length > 0) {
    out.push('Images used as sources:');
    for (const image of analysis.externalImages) out.push(`  ${stageLabelAt(analysis.stages, image.stage)} <- ${image.ref} (${image.via}, line ${image.line})`);
  }
  if (analysis.target !== null) {
    const names = (list: number[]): string => list.map((i) => stageLabelAt(analysis.stages, i)).join(', ');
    out.push(`Target: ${stageLabelAt(analysis.stages, analysis.target)}`);
    out.push(`  BuildKit builds: ${names(analysis.builtStages)}`);
    out.push(`  the legacy builder builds: ${names(analysis.legacyBuiltStages)}`);
  }
  if (analysis.diagnostics.length > 0) {
    out.push('Diagnostics:');
    for (const d of analysis.diagnostics) out.push(`  line ${d.line}: ${d.severity} ${d.code}: ${d.message}`);
  }
  out.push(analysis.error ? `BuildKit would refuse this build: ${analysis.error}` : 'BuildKit would accept this file.');
  return `${out.join('\n')}\n`;
}
