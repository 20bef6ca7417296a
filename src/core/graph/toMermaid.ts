import type {Analysis, DependencyKind} from '../types';
import {buildContextMatcher, type BuildContextMatcher} from '../model/buildContextNames';
import {stageLabel} from '../model/stageLabel';

export type BuilderKind = 'buildkit' | 'legacy';

export interface MermaidOptions {
  /** Which builder's choice of stages to draw as built (default BuildKit). */
  builder?: BuilderKind;
  /** Flowchart direction (default top to bottom). */
  direction?: 'TB' | 'LR';
  /** Names given as build contexts: a stage or image of that name is drawn as the context that replaces it. */
  contexts?: readonly string[];
}

/** Characters that stay as they are inside a quoted label; everything else becomes a `#code;` entity. */
const safeCharacter = /[A-Za-z0-9 ._\-/:@+,=]/;

/**
 * Escapes text for a quoted mermaid label as entity codes, so no stage name, path or image reference can
 * close the label, start mermaid syntax, or become HTML (`<img …>` would otherwise render with
 * htmlLabels, even at securityLevel strict). Angle brackets become the look-alikes ‹ ›: mermaid decodes
 * entities before sanitising, so an encoded `<img …>` would be cut out of the label rather than shown.
 */
export function escapeMermaidLabel(text: string): string {
  let out = '';
  for (const raw of text) {
    const character = raw === '<' ? '‹' : raw === '>' ? '›' : raw;
    out += safeCharacter.test(character) ? character : `#${character.codePointAt(0)};`;
  }
  return out;
}

const edgeArrow: Record<DependencyKind, string> = {
  from: '==>',
  copy: '-->',
  mount: '-.->',
};

const edgeLabel: Record<DependencyKind, string> = {
  from: 'FROM',
  copy: 'COPY',
  mount: 'mount',
};

function stageNodeId(index: number): string {
  return `s${index}`;
}

/** A label is at most this many characters of user text, so one long name cannot blow up the layout. */
const maxLabelText = 48;

function clip(text: string): string {
  return text.length > maxLabelText ? `${text.slice(0, maxLabelText - 1)}…` : text;
}

/** A stage node's second line: its base, or the build context that replaces the stage (BuildKit runs none of it) or its image. */
function baseLine(stage: Analysis['stages'][number], contexts: BuildContextMatcher, replaced: ReadonlySet<number>): string {
  if (replaced.has(stage.index)) return 'replaced by a build context';
  if (stage.fromStage !== null) return `FROM ${stage.from}`;
  if (contexts.has(stage.from)) return `build context ${stage.from}`;
  return stage.from || '(no base)';
}

/**
 * The stage graph as a mermaid flowchart: a node per stage (name or #index, and its base), external
 * images as rounded nodes, edges by kind (FROM thick, COPY solid, mount dotted), the target highlighted,
 * stages the builder skips for the target dashed. Pastes straight into GitHub Markdown.
 */
export function toMermaid(analysis: Analysis, options: MermaidOptions = {}): string {
  const builder = options.builder ?? 'buildkit';
  const built = new Set(builder === 'legacy' ? analysis.legacyBuiltStages : analysis.builtStages);
  const lines = [`flowchart ${options.direction ?? 'TB'}`];
  const contexts = buildContextMatcher(options.contexts);
  const replaced = new Set(analysis.replacedStages);

  for (const stage of analysis.stages) {
    const title = stageLabel(stage);
    const base = baseLine(stage, contexts, replaced);
    lines.push(`  ${stageNodeId(stage.index)}["${escapeMermaidLabel(clip(title))}<br/>${escapeMermaidLabel(clip(base))}"]`);
  }

  const imageIds = new Map<string, string>();
  for (const image of analysis.externalImages) {
    if (!imageIds.has(image.ref)) {
      const id = `img${imageIds.size}`;
      imageIds.set(image.ref, id);
      lines.push(`  ${id}(["${escapeMermaidLabel(clip(image.ref))}<br/>${contexts.has(image.ref) ? 'build context' : 'image'}"])`);
    }
  }

  for (const dependency of analysis.dependencies) {
    lines.push(`  ${stageNodeId(dependency.on)} ${edgeArrow[dependency.via]}|${edgeLabel[dependency.via]}| ${stageNodeId(dependency.stage)}`);
  }
  const drawnImageEdges = new Set<string>();
  for (const image of analysis.externalImages) {
    const key = `${image.ref}:${image.stage}:${image.via}`;
    if (drawnImageEdges.has(key)) continue;
    drawnImageEdges.add(key);
    lines.push(`  ${imageIds.get(image.ref)} ${edgeArrow[image.via]}|${edgeLabel[image.via]}| ${stageNodeId(image.stage)}`);
  }

  const skipped = analysis.stages.filter((stage) => !built.has(stage.index)).map((stage) => stageNodeId(stage.index));
  if (analysis.target !== null) lines.push(`  class ${stageNodeId(analysis.target)} target`);
  if (skipped.length > 0) lines.push(`  class ${skipped.join(',')} skipped`);
  if (imageIds.size > 0) lines.push(`  class ${[...imageIds.values()].join(',')} image`);
  lines.push('  classDef target stroke:#0f766e,stroke-width:3px');
  lines.push('  classDef skipped stroke-dasharray:5 4,opacity:0.55');
  lines.push('  classDef image stroke-dasharray:2 2');
  return `${lines.join('\n')}\n`;
}
