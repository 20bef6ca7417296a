/**
 * Secrets that end up in an image: files that usually hold credentials (copied in or written by a RUN),
 * ARG/ENV names that look like secrets (BuildKit's SecretsUsedInArgOrEnv rule), and credentials written
 * into a RUN command. A secret passed with `RUN --mount=type=secret` never reaches a layer, so it is not one.
 */

import {itemDraft, type CommandContext, type CommandEffect, type ItemDraft} from './itemDraft';
import {envValue, optionValue, resolveCommandPath} from './resolveCommandPath';
import type {ShellCommand} from '../contents/shell';

/** BuildKit's pattern for secret-looking names (dockerfile2llb, SecretsUsedInArgOrEnv), and its allow-list. */
const secretName = /(?:^|_)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const allowedName = /(?:^|_)public(?:_|$)/i;

/** Whether an ARG or ENV name looks like it holds a secret (`NPM_TOKEN`, `DB_PASSWORD`, `API_KEY`). */
export function recogniseSecretVariable(name: string): boolean {
  return secretName.test(name) && !allowedName.test(name);
}

interface SecretFileRule {
  pattern: RegExp;
  what: string;
}

const secretFiles: readonly SecretFileRule[] = [
  {
    pattern: /^\.env(?:\.(?!example$|sample$|template$|dist$|defaults$|schema$)[\w-]+)?$/i,
    what: 'an environment file, which usually holds passwords and API keys',
  },
  {pattern: /^id_(?:rsa|dsa|ecdsa|ed25519)$/, what: 'an SSH private key'},
  {pattern: /^\.(?:ssh|aws|gnupg|kube)$/, what: 'a folder of credentials'},
  {pattern: /^\.npmrc$/, what: 'npm settings, which may hold a registry token'},
  {pattern: /^\.(?:pypirc|netrc|git-credentials|dockercfg|htpasswd)$/, what: 'a credentials file'},
  {pattern: /^(?:credentials|secrets?)(?:\.(?:json|ya?ml|txt|env))?$/i, what: 'a credentials file'},
  {pattern: /^service[-_]?account.*\.json$/i, what: 'a cloud service-account key'},
  {pattern: /\.(?:pem|key|p12|pfx|jks|keystore|kdbx)$/i, what: 'a key or certificate store, which may hold a private key'},
];

/** What a secret-looking file is, for people, or null when its name does not look like a secret. */
export function recogniseSecretFile(path: string): string | null {
  const trimmed = path.replace(/\/+$/, '');
  const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  if (name === '') return null;
  for (const rule of secretFiles) if (rule.pattern.test(name)) return rule.what;
  return null;
}

export function secretFileDraft(path: string, what: string, how: string): ItemDraft {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return itemDraft({
    category: 'secret',
    label: `${name}: ${what} (${how})`,
    paths: [path],
    assumption: 'a secret file is small (a few kB); what matters is that anyone who pulls the image can read it',
    file: !/^\.(?:ssh|aws|gnupg|kube)$/.test(name),
  });
}

/** npm settings that hold a registry credential (`//host/:_authToken`, `_auth`, `_password`). */
const npmCredentialKey = /(?:^|:)_(?:authToken|auth|password)$/;

/**
 * The file `npm config set` writes when it stores a registry credential: the user's `~/.npmrc` (or the file
 * `--userconfig` names), the project's `.npmrc` with `--location=project`, the global `npmrc` with
 * `--location=global` or `-g`. Null for any other command or key.
 */
function npmConfigTarget(command: ShellCommand, context: CommandContext): string | null {
  const [tool, sub, verb, ...rest] = command.words;
  if (tool !== 'npm' || (sub !== 'config' && sub !== 'c') || verb !== 'set') return null;
  const keys = rest.filter((word) => !word.startsWith('-')).map((word) => word.split('=')[0]!);
  if (!keys.some((key) => npmCredentialKey.test(key))) return null;
  const location = optionValue(rest, '--location');
  if (location === 'project') return resolveCommandPath('.npmrc', context);
  if (location === 'global' || rest.includes('-g') || rest.includes('--global')) return '/usr/local/etc/npmrc';
  const userconfig =
    optionValue(rest, '--userconfig') ?? envValue(command, context, 'NPM_CONFIG_USERCONFIG') ?? envValue(command, context, 'npm_config_userconfig');
  return resolveCommandPath(userconfig ?? '~/.npmrc', context);
}

const credentialsInUrl = /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;

/** Secret files a simple command writes (`echo … > .npmrc`, `cp`, `mv`, `tee`), and credentials written in a URL. */
export function recogniseSecretWrites(command: ShellCommand, context: CommandContext): CommandEffect[] {
  const targets = [...command.writes];
  const [tool, ...args] = command.words;
  const operands = args.filter((arg) => !arg.startsWith('-'));
  if ((tool === 'cp' || tool === 'mv') && operands.length >= 2) {
    const destination = operands[operands.length - 1]!;
    const sources = operands.slice(0, -1);
    if (recogniseSecretFile(destination) !== null) targets.push(destination);
    else if (destination.endsWith('/') || sources.length > 1) {
      for (const source of sources)
        if (recogniseSecretFile(source) !== null) targets.push(`${destination.replace(/\/+$/, '')}/${source.slice(source.lastIndexOf('/') + 1)}`);
    }
  }
  if (tool === 'tee') targets.push(...operands);

  const items: ItemDraft[] = [];
  for (const target of targets) {
    const what = recogniseSecretFile(target);
    if (what === null) continue;
    const path = resolveCommandPath(target, context);
    if (path !== null) items.push(secretFileDraft(path, what, `written by ${tool ?? 'a redirection'}`));
  }
  const npmConfig = npmConfigTarget(command, context);
  if (npmConfig !== null) items.push(secretFileDraft(npmConfig, 'npm settings holding a registry token', 'written by npm config set'));
  if (command.words.some((word) => credentialsInUrl.test(word))) {
    items.push(
      itemDraft({
        category: 'secret',
        label: `credentials written in a URL (${tool ?? 'RUN'})`,
        bytes: 0,
        paths: [],
        assumption: 'the RUN command, with the user name and password in its URL, is kept in the image history; it adds no file bytes',
      }),
    );
  }
  return items.length > 0 ? [{kind: 'add', items}] : [];
}
