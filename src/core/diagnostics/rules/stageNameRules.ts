import type {Rule} from '../ruleContext';

/** BuildKit's DuplicateStageName, StageNameCasing, FromAsCasing and ReservedStageName checks. */
export const stageNameRules: Rule = ({model, sink}) => {
  const firstByName = new Map<string, number>();
  for (const from of model.fromLines) {
    const stage = model.stages[from.stage]!;
    if (from.asWord && from.keywordAsWritten) {
      const fromUpper = from.keywordAsWritten === from.keywordAsWritten.toUpperCase();
      const fromLower = from.keywordAsWritten === from.keywordAsWritten.toLowerCase();
      const as = from.asWord.value;
      if ((fromUpper && as !== 'AS') || (fromLower && as !== 'as')) {
        sink.report(
          'FromAsCasing',
          `'${as}' and '${from.keywordAsWritten}' keywords' casing do not match: write ${fromUpper ? 'FROM … AS' : 'from … as'}.`,
          from.asWord.range,
          stage.index,
        );
      }
    }
    if (!stage.name || !from.nameWord) continue;
    if (stage.declaredName !== stage.name) {
      sink.report(
        'StageNameCasing',
        `Stage name '${stage.declaredName}' should be lowercase. BuildKit stores it as '${stage.name}'; FROM ${stage.declaredName} would then not find it.`,
        from.nameWord.range,
        stage.index,
      );
    }
    if (stage.name === 'scratch' || stage.name === 'context') {
      sink.report(
        'ReservedStageName',
        `'${stage.name}' is reserved and should not be a stage name${stage.name === 'scratch' ? ': a later FROM scratch would mean this stage, not the empty image' : ''}.`,
        from.nameWord.range,
        stage.index,
      );
    }
    const first = firstByName.get(stage.name);
    if (first === undefined) {
      firstByName.set(stage.name, stage.index);
    } else {
      sink.report(
        'DuplicateStageName',
        `Duplicate stage name '${stage.name}' (first on line ${model.stages[first]!.line}). FROM ${stage.name} binds to the nearest earlier one, while COPY --from=${stage.name} and --target ${stage.name} use the last one; the legacy builder refuses the file.`,
        from.nameWord.range,
        stage.index,
      );
    }
  }
};
