import type {Rule} from '../ruleContext';

function isConsistent(word: string): boolean {
  return word === word.toLowerCase() || word === word.toUpperCase();
}

/**
 * BuildKit's ConsistentInstructionCasing: keywords should all be upper case or all lower case; the
 * majority of self-consistent keywords decides which, and every keyword that differs is reported.
 */
export const casingRule: Rule = ({model, sink}) => {
  const keywords: {word: string; range: (typeof model.stages)[number]['range']; stage: number}[] = [];
  for (const from of model.fromLines) keywords.push({word: from.keywordAsWritten, range: from.range, stage: from.stage});
  for (const stage of model.stages) {
    for (const instruction of stage.instructions) {
      if (!instruction.onbuild) keywords.push({word: instruction.keywordAsWritten, range: instruction.range, stage: stage.index});
    }
  }
  let lower = 0;
  let upper = 0;
  for (const {word} of keywords) {
    if (!isConsistent(word)) continue;
    if (word === word.toLowerCase()) lower++;
    else upper++;
  }
  const majorityLower = lower > upper;
  for (const {word, range, stage} of keywords) {
    const expected = majorityLower ? word.toLowerCase() : word.toUpperCase();
    if (word === expected) continue;
    sink.report(
      'ConsistentInstructionCasing',
      `Command '${word}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'}): write ${expected}.`,
      {line: range.line, column: range.column, endLine: range.line, endColumn: range.column + word.length},
      stage,
    );
  }
};
