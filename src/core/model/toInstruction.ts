import {splitCsv, splitFlags, splitWordsKeepingQuotes, unquote, type SplitFlags} from '../parse/flags';
import type {ParsedInstruction, Word} from '../parse/parseDockerfile';
import type {Flag, Heredoc, Instruction, KeyValue, RunMount} from '../types';
import type {DiagnosticSink} from './refusals';

/** Instruction keywords BuildKit knows (FROM is handled by the stage model). */
export const knownKeywords = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

const knownFlags: Record<string, ReadonlySet<string>> = {
  COPY: new Set(['from', 'chown', 'chmod', 'link', 'parents', 'exclude']),
  ADD: new Set(['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'unpack', 'exclude']),
  RUN: new Set(['mount', 'network', 'security', 'device']),
  HEALTHCHECK: new Set(['interval', 'timeout', 'start-period', 'start-interval', 'retries']),
};

/** Parses a JSON (exec) form argument list; null when the text is not a JSON array of strings. */
export function parseExecForm(text: string): string[] | null {
  if (!text.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null;
  } catch {
    return null;
  }
}

/** The argument text as written, from its words and what lies between them (a continuation reads as a space). */
function writtenText(rest: readonly Word[]): string {
  return rest.map((word, i) => (i === 0 ? word.raw : word.rawBefore + word.raw)).join('');
}

/** `NAME=VALUE` pairs (or ENV's and LABEL's legacy `NAME VALUE`), split as BuildKit splits them, each value also as written. */
function parseKeyValues(rest: readonly Word[], kind: 'env' | 'arg' | 'label', escape: string): KeyValue[] {
  const text = writtenText(rest);
  const words = splitWordsKeepingQuotes(text, escape);
  if (kind !== 'arg' && words.length >= 2 && !words[0]!.includes('=')) {
    const raw = text.trimStart().slice(words[0]!.length).trimStart();
    return [{name: unquote(words[0]!, escape), value: unquote(raw, escape), raw}];
  }
  const pairs: KeyValue[] = [];
  for (const word of words) {
    const equals = word.indexOf('=');
    if (equals === -1) {
      pairs.push({name: unquote(word, escape), value: null});
      continue;
    }
    const raw = word.slice(equals + 1);
    pairs.push({name: unquote(word.slice(0, equals), escape), value: unquote(raw, escape), raw});
  }
  return pairs;
}

function parseMount(flag: Flag): {mount: RunMount; fromRaw: string | null} {
  const options: Record<string, string> = {};
  for (const field of splitCsv(flag.value ?? '')) {
    const equals = field.indexOf('=');
    const key = (equals === -1 ? field : field.slice(0, equals)).trim().toLowerCase();
    if (key) options[key] = equals === -1 ? 'true' : field.slice(equals + 1);
  }
  const mount: RunMount = {
    type: (options.type ?? 'bind').toLowerCase(),
    target: options.target ?? options.dst ?? options.destination ?? null,
    source: options.source ?? options.src ?? null,
    options,
    from: null,
  };
  return {mount, fromRaw: options.from ?? null};
}

/*
 * The instruction's arrays (words, paths, mounts, variables) are built with push, not .map or .filter: the arrays those
 * return change elements kind as V8 optimises their callers, and every function reading them then deoptimises.
 */

function valuesOf(words: readonly Word[]): string[] {
  const values: string[] = [];
  for (const word of words) values.push(word.value);
  return values;
}

/** A COPY's or ADD's paths, sources then destination: the exec form's strings, else the words unquoted; heredoc openers left out. */
function copyPaths(exec: readonly string[] | null, words: readonly string[], escape: string): string[] {
  const paths: string[] = [];
  for (const path of exec ?? words) {
    const written = exec ? path : unquote(path, escape);
    if (!written.startsWith('<<')) paths.push(written);
  }
  return paths;
}

function heredocsOf(parsed: ParsedInstruction, destination: string | null): Heredoc[] {
  return parsed.heredocs.map((h) => ({name: h.name, body: h.body, destination}));
}

/**
 * Instructions whose parser never reads its flags (instructions/parse.go: parseArg, parseStopSignal and the NONE
 * branch of parseHealthcheck do not call flags.Parse), so BuildKit drops unknown or valueless flags there unread.
 */
function ignoresFlags(keyword: string, rest: readonly {value: string}[]): boolean {
  if (keyword === 'ARG' || keyword === 'STOPSIGNAL') return true;
  return keyword === 'HEALTHCHECK' && rest[0]?.value.toUpperCase() === 'NONE';
}

/** BuildKit's flags.Parse: a value-taking flag needs `=value`, and every flag must be one the instruction has. */
function refuseBadFlags(keyword: string, flags: readonly Flag[], problems: SplitFlags['problems'], stage: number, sink: DiagnosticSink): void {
  for (const problem of problems) {
    sink.refuse('MissingFlagValue', problem.message, `${keyword} ${problem.message}: write --${problem.flag.name}=value.`, problem.flag.range, stage);
  }
  const allowed = knownFlags[keyword];
  for (const flag of flags) {
    if (allowed?.has(flag.name)) continue;
    if (keyword === 'ADD' && flag.name === 'from') {
      sink.refuse(
        'AddFromNotSupported',
        'unknown flag: --from',
        'ADD has no --from flag, so BuildKit stops with "unknown flag: --from". Use COPY --from to copy out of another stage or image.',
        flag.range,
        stage,
      );
    } else {
      const known = allowed ? `; it knows ${[...allowed].map((name) => `--${name}`).join(', ')}` : '; it takes no flags';
      sink.refuse('UnknownFlag', `unknown flag: --${flag.name}`, `${keyword} has no --${flag.name} flag${known}.`, flag.range, stage);
    }
  }
}

export interface ConvertedInstruction {
  instruction: Instruction;
  /** Raw `--from` value (COPY) or mount `from=` values (RUN), resolved later against all stages. */
  references: {raw: string; via: 'copy' | 'mount'; mountIndex?: number}[];
}

/**
 * Turns one parsed instruction into the model's typed instruction, reporting BuildKit's parse-time
 * refusals and flag problems as diagnostics.
 */
export function toInstruction(parsed: ParsedInstruction, escape: string, stage: number, onbuild: boolean, sink: DiagnosticSink): ConvertedInstruction {
  const keyword = parsed.keyword;
  // BuildKit splits leading --flags off every instruction; most then reject the flags they lack.
  const {flags, rest, problems} = splitFlags(parsed.words, escape);
  if (!ignoresFlags(keyword, rest)) refuseBadFlags(keyword, flags, problems, stage, sink);
  const words = valuesOf(rest);
  const text = words.join(' ');
  const keywordAsWritten = parsed.keywordAsWritten;
  const range = parsed.range;
  // Object literals per kind, not spreads of a shared base: spreads made this the analysis's hottest line.
  const references: ConvertedInstruction['references'] = [];

  switch (keyword) {
    case 'RUN': {
      const exec = parsed.heredocs.length === 0 ? parseExecForm(text) : null;
      const mounts: RunMount[] = [];
      for (const flag of flags) {
        if (flag.name !== 'mount') continue;
        const {mount, fromRaw} = parseMount(flag);
        if (fromRaw !== null) references.push({raw: fromRaw, via: 'mount', mountIndex: mounts.length});
        mounts.push(mount);
      }
      let command = exec ? exec.join(' ') : text;
      for (const heredoc of parsed.heredocs) command += `\n${heredoc.body}`;
      const heredocs = heredocsOf(parsed, null);
      return {instruction: {kind: 'run', keyword, keywordAsWritten, range, text, words, flags, onbuild, command, exec, mounts, heredocs}, references};
    }
    case 'COPY':
    case 'ADD': {
      const exec = parsed.heredocs.length === 0 ? parseExecForm(text) : null;
      const paths = copyPaths(exec, words, escape);
      const destination = paths.length > 0 ? paths[paths.length - 1]! : null;
      const sources = paths.slice(0, -1);
      const from = flags.find((flag) => flag.name === 'from');
      if (keyword === 'COPY' && from && from.value !== null) references.push({raw: from.value, via: 'copy'});
      return {
        instruction: {
          kind: keyword === 'COPY' ? 'copy' : 'add',
          keyword,
          keywordAsWritten,
          range,
          text,
          words,
          flags,
          onbuild,
          sources,
          destination,
          from: null,
          heredocs: heredocsOf(parsed, destination),
        },
        references,
      };
    }
    case 'WORKDIR':
      return {
        instruction: {kind: 'workdir', keyword, keywordAsWritten, range, text, words, flags, onbuild, path: unquote(text, escape), rawPath: writtenText(rest)},
        references,
      };
    case 'ENV':
    case 'ARG':
    case 'LABEL': {
      const kind = keyword === 'ENV' ? 'env' : keyword === 'ARG' ? 'arg' : 'label';
      const variables = parseKeyValues(rest, kind, escape);
      return {instruction: {kind, keyword, keywordAsWritten, range, text, words, flags, onbuild, variables}, references};
    }
    case 'USER':
      return {
        instruction: {kind: 'user', keyword, keywordAsWritten, range, text, words, flags, onbuild, user: unquote(text, escape), rawUser: writtenText(rest)},
        references,
      };
    case 'CMD':
    case 'ENTRYPOINT': {
      const kind = keyword === 'CMD' ? 'cmd' : 'entrypoint';
      return {instruction: {kind, keyword, keywordAsWritten, range, text, words, flags, onbuild, exec: parseExecForm(text)}, references};
    }
    default:
      return {instruction: {kind: 'other', keyword, keywordAsWritten, range, text, words, flags, onbuild}, references};
  }
}
