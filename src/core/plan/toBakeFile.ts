import type {Analysis} from '../types';
import {buildCommandProblem, targetName} from './toBuildCommand';
import type {SimulationInputs} from './simulationInputs';

/** A bake file and the command that runs it, or why there is none. */
export type BakeFile = {ok: true; file: string; command: string} | {ok: false; reason: string};

/**
 * An HCL quoted string that reads back as the text: HCL's escapes (`\\`, `\"`, `\n`, `\r`, `\t`, `\uNNNN`)
 * and its template markers doubled (`$${`, `%%{`), since bake interpolates `${VAR}` in every string.
 * Source: hashicorp/hcl hclsyntax/spec.md "Template Literals" and "Template Interpolation".
 */
export function hclString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // eslint-disable-next-line no-control-regex -- the other control characters, as \uNNNN
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, '%%{');
  return `"${escaped}"`;
}

/** An object key: bare when it is an HCL identifier, else a quoted string (a context named `alpine:3.24`). */
function hclKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : hclString(key);
}

function hclMap(name: string, entries: Readonly<Record<string, string>>): string[] {
  const pairs = Object.entries(entries);
  if (pairs.length === 0) return [];
  return [`  ${name} = {`, ...pairs.map(([key, value]) => `    ${hclKey(key)} = ${hclString(value)}`), '  }'];
}

/**
 * The `docker-bake.hcl` that builds what `docker build` would with these inputs: one target "default" (what
 * `docker buildx bake` builds when given no target) with the attributes of the bake file reference —
 * dockerfile, context, target, platforms, args, contexts. Bake is part of buildx, so BuildKit only.
 */
export function toBakeFile(analysis: Analysis, inputs: SimulationInputs): BakeFile {
  if (inputs.builder !== 'buildkit') return {ok: false, reason: 'A bake file is for docker buildx (BuildKit); it does not apply to this builder.'};
  const problem = buildCommandProblem(analysis, inputs);
  if (problem !== null) return {ok: false, reason: problem};
  const target = targetName(analysis);
  const lines = [
    'target "default" {',
    `  dockerfile = ${hclString('Dockerfile')}`,
    `  context = ${hclString('.')}`,
    ...(target === null ? [] : [`  target = ${hclString(target)}`]),
    ...(inputs.platform === null ? [] : [`  platforms = [${hclString(inputs.platform)}]`]),
    ...hclMap('args', inputs.buildArgs),
    ...hclMap('contexts', inputs.buildContexts),
    '}',
  ];
  return {ok: true, file: `${lines.join('\n')}\n`, command: 'docker buildx bake'};
}
