import {resolvePath} from '../contents/paths';

/**
 * What the reader changes before the next build (`analyze --change WHAT`): a file of the build context, a
 * build arg's value, a stage's base image (a new digest behind the same tag), or one instruction's text.
 */
export type CacheChange =
  | {kind: 'path'; path: string; written: string}
  | {kind: 'arg'; name: string; written: string}
  | {kind: 'base'; stage: string; written: string}
  | {kind: 'line'; line: number; written: string};

export type ParsedChange = {ok: true; change: CacheChange} | {ok: false; reason: string};

const maxChangeLength = 500;

export function parseChange(text: string): ParsedChange {
  const written = text.trim();
  if (written === '') return {ok: false, reason: 'a change needs a path, arg:NAME, base:STAGE or line:N'};
  if (written.length > maxChangeLength) return {ok: false, reason: `a change is at most ${maxChangeLength} characters`};
  if ([...written].some((character) => character.charCodeAt(0) < 32)) return {ok: false, reason: 'a change cannot hold control characters'};
  const [prefix, ...rest] = written.split(':');
  const value = rest.join(':');
  if (rest.length > 0 && prefix === 'arg') {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(value)
      ? {ok: true, change: {kind: 'arg', name: value, written}}
      : {ok: false, reason: `arg:${value} is not an ARG name`};
  }
  if (rest.length > 0 && prefix === 'base')
    return value ? {ok: true, change: {kind: 'base', stage: value, written}} : {ok: false, reason: 'base: needs a stage name or index'};
  if (rest.length > 0 && prefix === 'line') {
    return /^[1-9][0-9]{0,6}$/.test(value)
      ? {ok: true, change: {kind: 'line', line: Number(value), written}}
      : {ok: false, reason: `line:${value} is not a line number`};
  }
  return {ok: true, change: {kind: 'path', path: resolvePath('/', written.replace(/^\.\//, '')), written}};
}
