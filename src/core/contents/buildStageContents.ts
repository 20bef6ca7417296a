/**
 * The stage-contents model, the one interpreter of what a Dockerfile puts where: for every stage, the items
 * it holds (path, kind of content, the line and the origin), derived from its instructions as the stage
 * walk reads them (WORKDIR, ENV, ARG and USER expanded) and inherited through `FROM <stage>`. The estimate,
 * the exercise checks and the content diagnostics are queries over it.
 *
 * Stages are built once each, in file order, each from its parent's finished state; so a chain of n stages
 * costs O(n), not the O(n²) of walking every chain from its root.
 */

import {buildContextMatcher, type BuildContextMatcher} from '../model/buildContextNames';
import {baseImageContents, baseImageItem, buildContextItem} from '../estimate/baseImageContents';
import {copyContentsByPath, type CopyRequest, type StageEntry} from '../estimate/copyContentsByPath';
import {itemDraft, virtualPrefix, type CommandContext, type CommandEffect, type ItemDraft} from '../estimate/itemDraft';
import type {BaseImageInfo} from '../estimate/lookupBaseImage';
import {recogniseContextCopy} from '../estimate/recogniseContextCopy';
import {contextKey, mayChangeContents, recogniseRunCommand} from '../estimate/recogniseRunCommand';
import {runBuilds} from './buildCommands';
import {recogniseSecretVariable} from '../estimate/recogniseSecret';
import {basename, hasGlob, isInside, resolvePath as resolveAgainst} from './paths';
import type {ContentCategory, ContentItem, Instruction, RunInstruction, Stage} from '../types';
import {resolveCopies, type CopyOrigin, type CopyRecord} from './copies';
import {expandVariables, type Step, type StageWalk} from './walkStages';

/** More items than this in one stage are left out (only hostile files get near it). */
export const maxItemsPerStage = 200;

/** Once the stages so far hold this many items in all, later stages are not estimated (only hostile files get near it). */
export const maxItemsPerFile = 20_000;

export interface StageContents {
  index: number;
  entries: StageEntry[];
  /** The image the stage's FROM chain rests on. */
  baseRef: string;
  baseInfo: BaseImageInfo | null;
  /** The FROM line of the stage at the root of the chain. */
  baseLine: number;
  /** Whether the base image's size is known (else the stage's size is unknown). */
  baseKnown: boolean;
  /** A RUN of this stage or of its chain runs a build. */
  runsBuild: boolean;
  /** Items were left out beyond `maxItemsPerStage`. */
  truncated: boolean;
  /** Not estimated at all: the stages before it hold `maxItemsPerFile` items. */
  skipped: boolean;
  distro: CommandContext['distro'];
  venv: string | null;
  /** The stage's state instruction by instruction (WORKDIR, ENV, ARG, USER). */
  walk: StageWalk;
  /** The COPY/ADD instructions of the stage's own steps, resolved. */
  copies: CopyRecord[];
  /** Directories the stage's chain has as WORKDIRs: a copy to one of them goes into it. */
  directories: ReadonlySet<string>;
  /** The stage's own `chown`/`chmod` runs over files earlier layers hold (they store those files again). */
  rewrites: Rewrite[];
}

/** A RUN that changed the owner or mode of files earlier layers hold, so its layer stores them again. */
export interface Rewrite {
  /** The RUN's line. */
  line: number;
  tool: 'chown' | 'chmod';
  path: string;
  /** The items stored again. */
  itemIds: string[];
  /** The lines that first put those items into the stage (the COPY lines, say), ascending. */
  itemLines: number[];
  /** Their known bytes, or null when none of them has a known size. */
  bytes: number | null;
  /** How many of them have an unknown size. */
  unknownItems: number;
}

function distroOf(info: BaseImageInfo | null): CommandContext['distro'] {
  const distro = info?.distro?.toLowerCase() ?? '';
  if (distro.startsWith('debian')) return 'debian';
  if (distro.startsWith('ubuntu')) return 'ubuntu';
  if (distro.startsWith('alpine')) return 'alpine';
  if (info?.packageManager === 'apk') return 'alpine';
  return null;
}

/** The home directory of a user as the official images set it up: /root for root, else /home/<name>. */
export function homeOf(user: string): string {
  return user === '' || user === 'root' || user === '0' ? '/root' : `/home/${user}`;
}

const families: Partial<Record<ContentCategory, string>> = {dependencies: 'deps', 'dev-dependencies': 'deps'};
const family = (category: ContentCategory): string => families[category] ?? category;

function sharesPath(a: readonly string[], b: readonly string[]): boolean {
  for (const path of a) if (b.includes(path)) return true;
  return false;
}

/** Whether writing `added` overwrites `entry`: the same kind of thing at the same place. */
function overwrittenBy(entry: StageEntry, added: readonly StageEntry[]): boolean {
  if (entry.item.category === 'base-image') return false;
  const kind = family(entry.item.category);
  for (const next of added) {
    if (family(next.item.category) === kind && next.item.paths.length > 0 && sharesPath(entry.item.paths, next.item.paths)) return true;
  }
  return false;
}

/** A parent's entries as a child starts with them, marked inherited (shared once marked). */
function inherit(entries: readonly StageEntry[]): StageEntry[] {
  const out: StageEntry[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    out[i] = entry.item.via === 'inherited' ? entry : {...entry, item: {...entry.item, via: 'inherited'}};
  }
  return out;
}

/** The mutable state of one stage while its instructions are applied. */
class StageBuilder {
  readonly contents: StageContents;
  private counter = 0;
  /** Numbers the instruction being applied; entries it creates carry the number (removing one leaves no trace). */
  private serial = 0;
  /** The context RUNs see, and its key, reused while the step's WORKDIR, ENV, ARG, USER and venv stay the same. */
  private runContext: {context: CommandContext; key: string; step: Step} | null = null;

  constructor(
    private readonly stage: Stage,
    private readonly built: readonly (StageContents | undefined)[],
    private readonly serials: {next: number},
    walk: StageWalk,
    private readonly escape: string,
    private readonly records: ReadonlyMap<Step, CopyRecord>,
    private readonly contexts: BuildContextNames,
  ) {
    const context = contextStandIn(stage, contexts);
    const parent = parentContents(stage, built, contexts);
    if (parent !== undefined && !parent.skipped) {
      this.contents = {
        ...parent,
        index: stage.index,
        entries: inherit(parent.entries),
        truncated: parent.truncated,
        skipped: false,
        walk,
        copies: [],
        directories: parent.directories,
        rewrites: [],
      };
    } else {
      const known = stage.fromStage === null && context === null;
      const base = known ? baseImageContents(stage.from, stage.index, stage.line, stage.platform) : null;
      const entries: StageEntry[] = base
        ? base.items.map((item) => ({item, file: false, packages: [], serial: -1}))
        : [
            {
              item: context === null ? this.unknownBase() : buildContextItem(context, {stage: stage.index, line: stage.line}),
              file: false,
              packages: [],
              serial: -1,
            },
          ];
      this.contents = {
        index: stage.index,
        entries,
        baseRef: stage.from,
        baseInfo: base?.info ?? null,
        baseLine: stage.line,
        baseKnown: base !== null && base.info.bytes !== null,
        runsBuild: false,
        truncated: false,
        skipped: false,
        distro: distroOf(base?.info ?? null),
        venv: null,
        walk,
        copies: [],
        directories: new Set(['/']),
        rewrites: [],
      };
    }
  }

  private unknownBase(): ContentItem {
    return baseImageItem(
      this.stage.from,
      `${this.stage.from} (a stage that is not built before this one)`,
      null,
      null,
      'the stage this one is built on could not be placed, so its size is unknown',
      {stage: this.stage.index, line: this.stage.line},
    );
  }

  private nextId(line: number): string {
    return `${this.stage.index}:${line}:${this.counter++}`;
  }

  private fromDraft(draft: ItemDraft, line: number, paths: string[]): StageEntry {
    return {
      item: {
        id: this.nextId(line),
        category: draft.category,
        label: draft.label,
        bytes: draft.bytes,
        range: draft.range,
        line,
        paths: paths.slice(),
        assumption: draft.assumption,
        via: 'instruction',
        origin: {stage: this.stage.index, line},
        copiedFrom: null,
        partOf: null,
        includedIn: null,
        removedAt: null,
        compiler: draft.compiler,
        wholeBuildContext: draft.wholeBuildContext,
      },
      file: draft.file,
      packages: draft.packages,
      serial: this.serial,
    };
  }

  /** Takes items out of the filesystem: gone when this instruction made them, else kept as weight in their layer. */
  private remove(line: number, test: (entry: StageEntry) => boolean): void {
    const entries = this.contents.entries;
    let write = 0;
    for (let read = 0; read < entries.length; read++) {
      const entry = entries[read]!;
      if (entry.item.removedAt === null && test(entry)) {
        if (entry.serial === this.serial) continue;
        entries[write++] = {...entry, item: {...entry.item, removedAt: line}};
      } else {
        entries[write++] = entry;
      }
    }
    entries.length = write;
  }

  /** Adds items that one instruction wrote; what they overwrite leaves the filesystem. */
  private add(added: StageEntry[], line: number): void {
    if (added.length === 0) return;
    this.remove(line, (entry) => overwrittenBy(entry, added));
    for (const entry of added) {
      if (this.contents.entries.length >= maxItemsPerStage) {
        this.contents.truncated = true;
        return;
      }
      entry.serial = this.serial;
      this.contents.entries.push(entry);
    }
  }

  private present(category: ContentCategory, paths: readonly string[]): boolean {
    return this.contents.entries.some((entry) => entry.item.removedAt === null && entry.item.category === category && sharesPath(entry.item.paths, paths));
  }

  private applyEffect(effect: CommandEffect, line: number, mounts: readonly string[]): void {
    switch (effect.kind) {
      case 'add': {
        const added: StageEntry[] = [];
        for (const draft of effect.items) {
          // What a RUN writes under a mount (cache, tmpfs, bind, secret) stays out of the layer.
          const paths = mounts.length === 0 ? draft.paths : draft.paths.filter((path) => !mounts.some((mount) => isInside(path, mount)));
          if (draft.paths.length > 0 && paths.length === 0) continue;
          if (draft.onlyIfAbsent && this.present(draft.category, paths)) continue;
          added.push(this.fromDraft(draft, line, paths));
        }
        this.add(added, line);
        return;
      }
      case 'remove':
        this.remove(line, (entry) => entry.item.paths.length > 0 && entry.item.paths.every((path) => isInside(path, effect.path)));
        return;
      case 'remove-category':
        this.remove(
          line,
          (entry) => entry.item.category === effect.category && entry.item.paths.length > 0 && entry.item.paths.every((path) => isInside(path, effect.path)),
        );
        return;
      case 'remove-packages':
        this.remove(line, (entry) => {
          const {packages} = entry;
          if (packages.length === 0) return false;
          const named = (name: string) => effect.names.includes(name.startsWith(virtualPrefix) ? name.slice(virtualPrefix.length) : name);
          // `apk del .build-deps` removes the group; otherwise every package of the install must be named.
          return (
            packages.some((name) => name.startsWith(virtualPrefix) && named(name)) || packages.every((name) => name.startsWith(virtualPrefix) || named(name))
          );
        });
        return;
      case 'copy':
        this.copyWithin(effect, line);
        return;
      case 'venv':
        this.contents.venv = effect.path;
        this.runContext = null;
        return;
      case 'rewrite':
        this.rewrite(effect, line);
        return;
      default: {
        const never: never = effect;
        return never;
      }
    }
  }

  /** `cp`/`mv` in a RUN: the stage's own items at the sources, written again at the destination by this RUN. */
  private copyWithin(effect: CommandEffect & {kind: 'copy'}, line: number): void {
    // The base image as a whole is not copied by a cp of one of its files; what is known is carried over.
    const entries = this.contents.entries.filter((entry) => entry.item.category !== 'base-image');
    const added: StageEntry[] = [];
    for (const source of effect.sources) {
      const itself = effect.intoDirectory && !hasGlob(basename(source));
      const request = {
        sources: [source],
        destination: itself ? resolveAgainst(effect.destination, basename(source)) : effect.destination,
        destinationIsFolder: effect.intoDirectory && !itself,
        stage: this.stage.index,
        line,
        from: {stage: this.stage.index, image: null},
      };
      for (const entry of copyContentsByPath(entries, request)) {
        const {item} = entry;
        const label = `${item.label}, written again at ${request.destination} by ${effect.how}`;
        const origin = {stage: this.stage.index, line};
        added.push({...entry, item: {...item, id: this.nextId(line), label, via: 'instruction', origin, copiedFrom: null, partOf: null}});
      }
    }
    if (effect.move)
      for (const source of effect.sources)
        this.remove(line, (entry) => entry.item.paths.length > 0 && entry.item.paths.every((path) => isInside(path, source)));
    this.add(added, line);
  }

  /** Records the items of earlier layers a chown/chmod stores again (what this RUN wrote itself is written once). */
  private rewrite(effect: CommandEffect & {kind: 'rewrite'}, line: number): void {
    const touched = (path: string) => (effect.recursive ? isInside(path, effect.path) : path === effect.path);
    const items = this.contents.entries
      .filter((entry) => entry.item.removedAt === null && entry.serial !== this.serial && (effect.recursive || entry.file))
      .map((entry) => entry.item)
      .filter((item) => item.includedIn === null && item.paths.length > 0 && item.paths.every(touched));
    if (items.length === 0) return;
    const known = items.filter((item) => item.bytes !== null);
    this.contents.rewrites.push({
      line,
      tool: effect.tool,
      path: effect.path,
      itemIds: items.map((item) => item.id),
      itemLines: [...new Set(items.map((item) => item.line))].sort((a, b) => a - b),
      bytes: known.length === 0 ? null : known.reduce((total, item) => total + item.bytes!, 0),
      unknownItems: items.length - known.length,
    });
  }

  private context(step: Step): {context: CommandContext; key: string} {
    const last = this.runContext;
    if (last === null || last.step.env !== step.env || last.step.workdir !== step.workdir || last.step.user !== step.user) {
      const {distro, venv} = this.contents;
      const context: CommandContext = {workdir: step.workdir, env: step.env, home: homeOf(step.user), distro, venv};
      this.runContext = {context, key: contextKey(context), step};
    }
    return this.runContext!;
  }

  private run(instruction: RunInstruction, line: number, step: Step): void {
    if (runBuilds(instruction.command)) this.contents.runsBuild = true;
    if (!mayChangeContents(instruction.command)) return;
    const {context, key} = this.context(step);
    const effects = recogniseRunCommand(instruction.command, context, key);
    if (effects.length === 0) return;
    const mounts = instruction.mounts
      .filter((mount) => mount.target !== null)
      .map((mount) => resolveAgainst(step.workdir, expandVariables(mount.target!, step.env, this.escape)));
    for (const effect of effects) this.applyEffect(effect, line, mounts);
  }

  private copy(record: CopyRecord, line: number): void {
    const {instruction, destination, intoDirectory: folder} = record;
    const from = instruction.from;
    if (from === null) {
      const drafts = recogniseContextCopy(instruction, destination, folder);
      this.add(
        drafts.map((draft) => this.fromDraft(draft, line, draft.paths)),
        line,
      );
      return;
    }
    // A literal per source, not `{...request, from}`: in V8 a spread followed by a new property makes a hidden class per object.
    const request = (source: CopyRequest['from']): CopyRequest => ({
      sources: record.sources,
      destination,
      destinationIsFolder: folder,
      stage: this.stage.index,
      line,
      from: source,
    });
    if (from.kind === 'stage') {
      const source = from.stage < this.stage.index ? this.built[from.stage] : undefined;
      if (source !== undefined && !source.skipped) {
        this.add(copyContentsByPath(source.entries, request({stage: from.stage, image: null})), line);
        return;
      }
      this.add(
        [this.unknownCopy(`files from stage ${from.raw}, which is not built before this one`, destination, line, {stage: from.stage, image: null})],
        line,
      );
      return;
    }
    if (from.kind === 'image' && this.contexts.names.has(from.ref)) {
      this.add([this.unknownCopy(`files from the build context "${from.ref}"`, destination, line, {stage: null, image: null})], line);
      return;
    }
    if (from.kind === 'image') {
      const image = baseImageContents(from.ref, this.stage.index, line);
      const entries = image.items.map((item) => ({item, file: false, packages: [], serial: -1}));
      const copied = copyContentsByPath(entries, request({stage: null, image: from.ref})).map((entry) =>
        entry.item.category === 'base-image'
          ? {...entry, item: {...entry.item, id: this.nextId(line), category: 'other' as const, label: `all of the image ${entry.item.label}`}}
          : entry,
      );
      this.add(copied, line);
      return;
    }
    this.add([this.unknownCopy(`files from ${from.raw}, which names no stage or image`, destination, line, {stage: null, image: null})], line);
  }

  private unknownCopy(label: string, destination: string, line: number, copiedFrom: {stage: number | null; image: string | null}): StageEntry {
    const draft = itemDraft({category: 'other', label, paths: [destination], assumption: 'nothing is known about what this copy brings'});
    const entry = this.fromDraft(draft, line, [destination]);
    return {...entry, item: {...entry.item, via: 'copy', copiedFrom}};
  }

  private variables(instruction: Instruction & {kind: 'env' | 'arg' | 'label'}, line: number): void {
    if (instruction.kind === 'label') return;
    const secrets: StageEntry[] = [];
    for (const variable of instruction.variables) {
      if (recogniseSecretVariable(variable.name)) {
        const env = instruction.kind === 'env';
        secrets.push(
          this.fromDraft(
            itemDraft({
              category: 'secret',
              label: `${instruction.keyword} ${variable.name}: a value named like a secret`,
              bytes: 0,
              paths: [],
              assumption: env
                ? 'ENV values are stored in the image configuration, where docker inspect shows them; they add no file bytes'
                : 'ARG values used by a RUN are recorded in the image history (docker history); they add no file bytes',
            }),
            line,
            [],
          ),
        );
      }
    }
    this.add(secrets, line);
  }

  apply(step: Step): void {
    const {instruction} = step;
    const line = instruction.range.line;
    this.serial = this.serials.next++;
    switch (instruction.kind) {
      case 'env':
      case 'arg':
        this.variables(instruction, line);
        return;
      case 'run':
        this.run(instruction, line, step);
        return;
      case 'copy':
      case 'add': {
        const record = this.records.get(step);
        if (record !== undefined) this.copy(record, line);
        return;
      }
      case 'workdir':
      case 'user':
      case 'label':
      case 'cmd':
      case 'entrypoint':
      case 'other':
        return;
      default: {
        const never: never = instruction;
        return never;
      }
    }
  }
}

/** The `--build-context` names, and the stages they replace (the graph's `replacedStages`). */
export interface BuildContextNames {
  names: BuildContextMatcher;
  replaced: ReadonlySet<number>;
}

const noBuildContexts: BuildContextNames = {names: buildContextMatcher(), replaced: new Set()};

/** The context a stage's result comes from instead of its instructions or its base image, or null. */
function contextStandIn(stage: Stage, contexts: BuildContextNames): string | null {
  if (contexts.replaced.has(stage.index)) return stage.name;
  return stage.fromStage === null && contexts.names.has(stage.from) ? stage.from : null;
}

/**
 * The contents of the stage a stage is built on (`FROM <stage>`), or undefined: a replaced stage's result is the
 * context, which stands in for everything it would have built on, its parent stage included.
 */
function parentContents(stage: Stage, built: readonly (StageContents | undefined)[], contexts: BuildContextNames): StageContents | undefined {
  if (contexts.replaced.has(stage.index) || stage.fromStage === null || stage.fromStage >= stage.index) return undefined;
  return built[stage.fromStage];
}

/** Each stage's contents at its end, in file order, from the stages' walks. Never throws on a well-formed model. */
export function buildStageContents(
  stages: readonly Stage[],
  walks: readonly StageWalk[],
  escape: string,
  contexts: BuildContextNames = noBuildContexts,
): StageContents[] {
  const built: StageContents[] = [];
  const serials = {next: 0};
  let items = 0;
  for (const stage of stages) {
    const walk = walks[stage.index]!;
    if (items >= maxItemsPerFile) {
      built.push(skippedStage(stage, walk));
      continue;
    }
    const directories = new Set(parentContents(stage, built, contexts)?.directories ?? ['/']);
    const entriesOf = (origin: CopyOrigin) =>
      origin.kind === 'stage' && origin.stage < stage.index && built[origin.stage]?.skipped === false ? built[origin.stage]!.entries : null;
    // A replaced stage's result is the context: none of its instructions runs.
    const ownSteps = contexts.replaced.has(stage.index) ? [] : walk.ownSteps;
    const copies = resolveCopies(ownSteps, walks, escape, directories, entriesOf);
    const builder = new StageBuilder(stage, built, serials, walk, escape, new Map(copies.map((record) => [record.step, record])), contexts);
    for (const step of ownSteps) builder.apply(step);
    built.push({...builder.contents, copies, directories});
    items += builder.contents.entries.length;
  }
  return built;
}

function skippedStage(stage: Stage, walk: StageWalk): StageContents {
  return {
    index: stage.index,
    entries: [],
    baseRef: stage.from,
    baseInfo: null,
    baseLine: stage.line,
    baseKnown: false,
    runsBuild: false,
    truncated: false,
    skipped: true,
    distro: null,
    venv: null,
    walk,
    copies: [],
    directories: new Set(['/']),
    rewrites: [],
  };
}
