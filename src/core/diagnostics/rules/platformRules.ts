import {parsePlatform} from '../../model/parsePlatform';
import type {Rule} from '../ruleContext';

/**
 * FROM --platform as BuildKit's `buildDispatchStates` reads it (convert.go): expanded with the global ARGs, a
 * blank value or one containerd cannot parse stops the build, and a constant value is a build check
 * (FromPlatformFlagConstDisallowed) unless the stage's name names its OS or architecture.
 */
export const platformRules: Rule = ({model, sink}) => {
  for (const from of model.fromLines) {
    const expansion = from.platformExpansion;
    const written = model.stages[from.stage]!.platform;
    if (expansion === null || written === null || expansion.error !== null) continue;
    const range = from.platformRange ?? from.range;
    if (expansion.value === '') {
      const unset =
        expansion.unset.length > 0
          ? ` ${expansion.unset.map((name) => `$${name}`).join(', ')} has no value: declare it with a default before the first FROM, or pass --build-arg.`
          : '';
      sink.refuse(
        'EmptyPlatform',
        `empty platform value from expression ${written}`,
        `--platform=${written} expands to nothing, so BuildKit stops: "empty platform value from expression ${written}".${unset}`,
        range,
        from.stage,
      );
      continue;
    }
    const platform = parsePlatform(expansion.value);
    if (!platform.ok) {
      sink.refuse(
        'InvalidPlatform',
        `failed to parse platform ${written}: ${platform.reason}`,
        `--platform=${written} gives "${expansion.value}", which is not a platform (write os/arch, such as linux/arm64), so BuildKit stops: ${platform.reason}.`,
        range,
        from.stage,
      );
      continue;
    }
    if (expansion.used.length > 0) continue;
    const name = model.stages[from.stage]!.name ?? '';
    if (name.includes(platform.os) || name.includes(platform.architecture)) continue;
    sink.report('FromPlatformFlagConstDisallowed', `FROM --platform flag should not use constant value "${expansion.value}"`, from.range, from.stage);
  }
};
