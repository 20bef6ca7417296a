import {supportStatus, type EndOfLife, type SupportWindow} from '../../catalog/supportWindows';
import type {Rule} from '../ruleContext';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-04-30` → `on 2026-04-30`; a month-only date (`2026-09`) → `at the end of September 2026`. */
function endPhrase(endOfLife: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(endOfLife);
  return month ? `at the end of ${monthNames[Number(month[2]) - 1]} ${month[1]}` : `on ${endOfLife}`;
}

/** `node:20-slim` → `node:24-slim`: the same variant on the supported line, when the reference spells its line first. */
function sameVariantOn(reference: string, support: SupportWindow, today: Date): string | null {
  const colon = reference.lastIndexOf(':');
  const moveColon = support.moveTo.lastIndexOf(':');
  if (colon < 0 || moveColon < 0 || reference.includes('@')) return null;
  const [repository, tag] = [reference.slice(0, colon), reference.slice(colon + 1)];
  if (repository.replace(/^(?:docker\.io\/)?(?:library\/)?/, '') !== support.image || support.moveTo.slice(0, moveColon) !== support.image) return null;
  const words = tag.split('-');
  if (words.length < 2) return null;
  const suggestion = `${repository}:${[support.moveTo.slice(moveColon + 1), ...words.slice(1)].join('-')}`;
  return supportStatus(suggestion, today) === null ? suggestion : null;
}

function endOfLifeMessage({reference, line, window: support}: EndOfLife, today: Date): string {
  const named = `${support.image} ${line}`;
  const when =
    line === support.line
      ? `ended ${endPhrase(support.endOfLife)}`
      : `had ended by the time ${support.image} ${support.line} did, ${endPhrase(support.endOfLife)}`;
  const on = reference.startsWith(`${support.image}:`) ? 'is on' : 'is built on';
  const variant = sameVariantOn(reference, support, today);
  const move = variant !== null ? `${variant} (the same variant on ${support.moveTo})` : support.moveTo;
  return `${reference} ${on} ${named}, whose support ${when}. Its images are no longer rebuilt with security fixes, so vulnerabilities found since then stay in every image built on it. Move to a supported line: ${move}.`;
}

/** EndOfLifeBaseImage: a stage's base image names a release line (or a distribution) past its end of life, judged on `today`. */
export const freshnessRule: Rule = ({model, today, sink}) => {
  for (const from of model.fromLines) {
    const stage = model.stages[from.stage]!;
    if (stage.fromStage !== null || stage.from === '' || stage.from === 'scratch') continue;
    const status = supportStatus(stage.from, today);
    if (status === null) continue;
    sink.report('EndOfLifeBaseImage', endOfLifeMessage(status, today), from.baseWord?.range ?? from.range, stage.index);
  }
};
