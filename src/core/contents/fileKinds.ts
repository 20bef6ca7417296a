/**
 * What a file is by its name, as every part of the analysis reads it: a package manifest or lock file (what
 * an install reads), or install configuration. `.npmrc` is both install configuration (copying it before an
 * install keeps the install cached) and a file that may hold a registry token (the contents model lists it as
 * a secret, see recogniseSecret): the two facts are about different questions, and both live here or there once.
 */

import {basename, globMatches, hasGlob} from './paths';

/** Package manifests and lock files of the package managers the analysis knows. */
const manifestNames: readonly string[] = [
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'bun.lock',
  'bun.lockb',
  'go.mod',
  'go.sum',
  'go.work',
  'go.work.sum',
  'requirements.txt',
  'constraints.txt',
  'Pipfile',
  'Pipfile.lock',
  'pyproject.toml',
  'poetry.lock',
  'uv.lock',
  'setup.py',
  'setup.cfg',
  'Cargo.toml',
  'Cargo.lock',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'settings.gradle',
  'settings.gradle.kts',
  'gradle.properties',
  'Gemfile',
  'Gemfile.lock',
  'composer.json',
  'composer.lock',
];

/** Configuration a package manager reads when it installs (it belongs with the manifests, before the install). */
export const installConfigNames: readonly string[] = ['.npmrc', '.yarnrc', '.yarnrc.yml', '.yarn'];

/** Names a glob could match that are certainly source, not manifests (`*.json` matches tsconfig.json). */
const sourceNames = ['src', 'main.go', 'index.js', 'server.js', 'index.ts', 'tsconfig.json', 'app.py', 'Dockerfile', 'README.md'];

const requirementsFile = /^requirements[\w.-]*\.txt$/;

/** Whether a name (no wildcard) is a package manifest or lock file. */
export function isManifestName(name: string): boolean {
  return manifestNames.includes(name) || requirementsFile.test(name);
}

/**
 * Whether a copied path holds only what an install reads: manifests, lock files and install configuration.
 * A wildcard counts when it can match a manifest and no well-known source file (`package*.json` yes, `*.json` no).
 */
export function isInstallInput(path: string): boolean {
  const name = basename(path);
  if (!hasGlob(name)) return isManifestName(name) || installConfigNames.includes(name);
  const candidates = [...manifestNames, ...installConfigNames, 'requirements-dev.txt'];
  return candidates.some((candidate) => globMatches(name, candidate)) && !sourceNames.some((candidate) => globMatches(name, candidate));
}
