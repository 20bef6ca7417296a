import {cleanPath, ignoredBy, ignoresWholeContext, parseDockerignore} from '../../contents/dockerignore';
import {expandVariables} from '../../contents/walkStages';
import type {Rule} from '../ruleContext';

/** Sources BuildKit fetches instead of reading from the context (URLs and git references, ADD only). */
function isRemote(source: string): boolean {
  return /^(?:https?:\/\/|git@|git:\/\/)/.test(source) || /\.git(?:#|$)/.test(source);
}

/**
 * CopyIgnoredFile (dockerfile2llb validations.go `validateCopySourcePath`): a COPY or ADD from the build
 * context names a path the `.dockerignore` leaves out. BuildKit does not check when the file has exceptions
 * (`!pattern`), nor `COPY --from`, and checks `.` only against patterns that leave out the whole root.
 */
export const copyIgnoredRule: Rule = ({contents, options, parsed, sink}) => {
  if (!options.dockerignore) return;
  const dockerignore = parseDockerignore(options.dockerignore);
  if (dockerignore.patterns.length === 0 || dockerignore.hasExclusions) return;
  for (const stage of contents) {
    for (const step of stage.walk.ownSteps) {
      const {instruction} = step;
      if ((instruction.kind !== 'copy' && instruction.kind !== 'add') || instruction.heredocs.length > 0) continue;
      if (instruction.flags.some((flag) => flag.name === 'from')) continue;
      const verb = instruction.kind === 'add' ? 'Add' : 'Copy';
      for (const written of instruction.sources) {
        const expanded = expandVariables(written, step.env, parsed.escapeCharacter);
        if (isRemote(expanded)) continue;
        const source = cleanPath(expanded);
        const ignored = source === '.' || source === '/' ? ignoresWholeContext(dockerignore) : ignoredBy(dockerignore, source) !== null;
        if (!ignored) continue;
        sink.report('CopyIgnoredFile', `Attempting to ${verb} file "${source}" that is excluded by .dockerignore`, instruction.range, stage.index);
      }
    }
  }
};
