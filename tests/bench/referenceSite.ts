/**
 * The bench's same-run reference: an untouched Docusaurus classic site, as `npx create-docusaurus@<version>
 * my-website classic` writes it (the package's templates/shared, then templates/classic, copied the way its
 * copyTemplate does), built with the project's installed @docusaurus/core of the same version, so no network
 * is needed. Generated under tests/bench/.reference/ (gitignored) and rebuilt only when the version changes.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const referenceDir = path.join(__dirname, '.reference');
const siteDir = path.join(referenceDir, 'site');
const stampFile = path.join(referenceDir, 'version.json');
const referenceBuildDir = path.join(siteDir, 'build');
/** The bare site's page the bench compares a docs page with: the classic template's first doc. */
export const referenceDocsRoute = '/docs/intro';
/** Names what the reference is, so a build of an earlier kind of reference is not reused. */
const referenceKind = 'create-docusaurus classic template, untouched';

function installedVersion(packageName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, 'node_modules', packageName, 'package.json'), 'utf8')) as {version: string};
  return manifest.version;
}

function writeSite(): void {
  const templates = path.join(root, 'node_modules/create-docusaurus/templates');
  rmSync(siteDir, {recursive: true, force: true});
  mkdirSync(siteDir, {recursive: true});
  cpSync(path.join(templates, 'shared'), siteDir, {recursive: true});
  cpSync(path.join(templates, 'classic'), siteDir, {recursive: true});
}

/** Builds the bare site unless a build of the same Docusaurus version is already there; returns its build folder. */
export function ensureReferenceSite(): string {
  const version = installedVersion('@docusaurus/core');
  const templateVersion = installedVersion('create-docusaurus');
  if (templateVersion !== version)
    throw new Error(`create-docusaurus ${templateVersion} does not match @docusaurus/core ${version}: give both the same version in package.json`);
  const stamp = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as {version?: string; kind?: string}) : {};
  if (stamp.version === version && stamp.kind === referenceKind && existsSync(path.join(referenceBuildDir, 'index.html'))) return referenceBuildDir;
  console.log(`Building the bare Docusaurus ${version} reference site (the classic template) in ${path.relative(root, siteDir)} (once).`);
  writeSite();
  const cli = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const result = spawnSync(process.execPath, [cli, 'build', siteDir], {cwd: root, stdio: 'inherit'});
  if (result.status !== 0) throw new Error('the reference site did not build');
  writeFileSync(stampFile, JSON.stringify({version, kind: referenceKind}));
  return referenceBuildDir;
}

if (require.main === module) ensureReferenceSite();
