/**
 * What a recogniser says an instruction does to a stage's filesystem: items it adds (drafts, before they get
 * an id and a line), and what it removes. The stage-contents builder applies these effects in order.
 */

import type {ContentCategory, SizeRange} from '../types';

export interface ItemDraft {
  category: ContentCategory;
  label: string;
  bytes: number | null;
  range: SizeRange | null;
  /** Absolute, normalised paths (may hold `*`). */
  paths: string[];
  assumption: string;
  /** One file (a binary, a key) rather than a directory: decides where a copy of it lands. */
  file: boolean;
  compiler: boolean;
  /** The whole build context (`COPY . .`). */
  wholeBuildContext: boolean;
  /** OS packages the item stands for, to match a later `apk del` / `apt-get purge` (`@virtual:` marks an apk group). */
  packages: readonly string[];
  /** Add only when no item of the same category already lives at these paths (`cargo build` fetching crates). */
  onlyIfAbsent: boolean;
}

/** Marks the name of an `apk add --virtual` group among an item's packages. */
export const virtualPrefix = '@virtual:';

export type CommandEffect =
  | {kind: 'add'; items: ItemDraft[]}
  /** `rm -rf <path>`, `npm cache clean`: everything at or under the path goes (a trailing `/*` too). */
  | {kind: 'remove'; path: string}
  /** `npm prune --omit=dev`: items of one category at or under the path go. */
  | {kind: 'remove-category'; category: ContentCategory; path: string}
  /** `apk del`, `apt-get purge`: OS-package items whose packages are all named go. */
  | {kind: 'remove-packages'; names: string[]}
  /** `cp`/`mv`: what lives at the sources is written at the destination (and, for `mv`, leaves the sources). */
  | {kind: 'copy'; sources: string[]; destination: string; intoDirectory: boolean; move: boolean; how: string}
  /** `python -m venv <path>`: later pip installs go into it. */
  | {kind: 'venv'; path: string}
  /**
   * `chown -R`, `chmod -R` (or on one file): a change of owner or mode copies every changed file into the
   * RUN's layer, so what earlier layers hold at the path is stored twice.
   */
  | {kind: 'rewrite'; path: string; tool: 'chown' | 'chmod'; recursive: boolean};

/** Variables by name (a Map fits). */
export interface Variables {
  get(name: string): string | undefined;
}

/**
 * Every ENV/ARG name a recogniser reads (through `envValue`). The results of recognising a command are
 * remembered under the command, the context and these variables' values, so a recogniser must read no other.
 */
export const variablesRead = [
  'NODE_ENV',
  'NPM_CONFIG_OMIT',
  'npm_config_omit',
  'NPM_CONFIG_PRODUCTION',
  'npm_config_production',
  'NPM_CONFIG_USERCONFIG',
  'npm_config_userconfig',
  'NPM_CONFIG_CACHE',
  'npm_config_cache',
  'YARN_CACHE_FOLDER',
  'BUN_INSTALL_CACHE_DIR',
  'PIP_NO_CACHE_DIR',
  'UV_NO_CACHE',
  'UV_PROJECT_ENVIRONMENT',
  'VIRTUAL_ENV',
  'POETRY_VIRTUALENVS_CREATE',
  'GOPATH',
  'GOMODCACHE',
  'GOCACHE',
  'GOBIN',
  'CARGO_HOME',
  'CARGO_TARGET_DIR',
] as const;

/** What a RUN's recognisers may read about the stage at that point. */
export interface CommandContext {
  workdir: string;
  /** ENV and ARG values in scope (the command's own inline assignments are on the ShellCommand). */
  env: Variables;
  /** The current user's home directory (`/root` for root). */
  home: string;
  /** The base image's distribution family, where the catalog knows it. */
  distro: 'debian' | 'ubuntu' | 'alpine' | null;
  /** A Python virtual environment created earlier in the stage's chain. */
  venv: string | null;
}

export function itemDraft(fields: Pick<ItemDraft, 'category' | 'label' | 'paths' | 'assumption'> & Partial<ItemDraft>): ItemDraft {
  return {
    bytes: null,
    range: null,
    file: false,
    compiler: false,
    wholeBuildContext: false,
    packages: [],
    onlyIfAbsent: false,
    ...fields,
  };
}
