import {expandVariables} from '../../contents/walkStages';
import type {ParsedInstruction} from '../../parse/parseDockerfile';
import type {Rule} from '../ruleContext';

/** `[ip:]hostPort:containerPort[/proto]` split as BuildKit's convert_expose.go `splitParts` does. */
function splitPortParts(raw: string): {ip: string; hostPort: string; containerPort: string} {
  const parts = raw.split(':');
  if (parts.length === 1) return {ip: '', hostPort: '', containerPort: parts[0]!};
  if (parts.length === 2) return {ip: '', hostPort: parts[0]!, containerPort: parts[1]!};
  const n = parts.length;
  return {ip: parts.slice(0, n - 2).join(':'), hostPort: parts[n - 2]!, containerPort: parts[n - 1]!};
}

/** The protocol as written when `splitProtoPort` accepts it (none means tcp), else null. */
function protocolOf(containerPort: string): string | null {
  const slash = containerPort.indexOf('/');
  const port = slash === -1 ? containerPort : containerPort.slice(0, slash);
  const proto = slash === -1 ? '' : containerPort.slice(slash + 1);
  if (port === '') return null;
  return ['', 'tcp', 'udp', 'sctp'].includes(proto.toLowerCase()) ? proto || 'tcp' : null;
}

/**
 * LegacyKeyValueFormat (convert.go `dispatchEnv`/`dispatchLabel`: a pair parsed without `=`), ExposeProtoCasing
 * and ExposeInvalidFormat (convert_expose.go `parsePort`, on each port after variable expansion).
 */
export const formatRules: Rule = ({contents, parsed, sink}) => {
  for (const stage of contents) {
    for (const step of stage.walk.ownSteps) {
      const {instruction} = step;
      if ((instruction.kind === 'env' || instruction.kind === 'label') && instruction.words.length > 0 && !instruction.words[0]!.includes('=')) {
        const name = instruction.keyword;
        sink.report('LegacyKeyValueFormat', `"${name} key=value" should be used instead of legacy "${name} key value" format`, instruction.range, stage.index);
      }
      if (instruction.keyword !== 'EXPOSE') continue;
      for (const word of instruction.words) {
        const raw = expandVariables(word, step.env, parsed.escapeCharacter);
        const {ip, hostPort, containerPort} = splitPortParts(raw);
        const proto = protocolOf(containerPort);
        if (proto === null) continue;
        if (proto !== proto.toLowerCase()) {
          sink.report('ExposeProtoCasing', `Defined protocol '${raw}' in EXPOSE instruction should be lowercase`, instruction.range, stage.index);
        }
        if (ip !== '' || hostPort !== '') {
          sink.report(
            'ExposeInvalidFormat',
            `EXPOSE instruction should not define an IP address or host-port mapping, found '${raw}'`,
            instruction.range,
            stage.index,
          );
        }
      }
    }
  }
};

/** The names a FROM (its stage name, lower-cased as BuildKit stores it) or ARG (its keys) defines. */
function definedNames(instruction: ParsedInstruction): string[] {
  const words = instruction.words.map((word) => word.value).filter((word) => !word.startsWith('--'));
  if (instruction.keyword === 'FROM') return words.length === 3 && words[1]!.toLowerCase() === 'as' ? [words[2]!.toLowerCase()] : [];
  if (instruction.keyword === 'ARG') return words.map((word) => word.split('=')[0]!);
  return [];
}

/**
 * InvalidDefinitionDescription (experimental; instructions/parse.go `validateDefinitionDescription`): the
 * comment right above a named FROM or an ARG should start with the name it describes.
 */
export const definitionDescriptionRule: Rule = ({parsed, sink}) => {
  for (const instruction of parsed.instructions) {
    const last = instruction.comments[instruction.comments.length - 1];
    if (last === undefined) continue;
    const names = definedNames(instruction);
    if (names.length === 0) continue;
    if (names.includes(last.split(' ')[0]!)) continue;
    const example = names.length > 1 ? '<arg_key>' : names[0]!;
    sink.report(
      'InvalidDefinitionDescription',
      `Comment for ${instruction.keyword} should follow the format: \`# ${example} <description>\``,
      instruction.range,
    );
  }
};
