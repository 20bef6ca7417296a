/**
 * The exercises as plain data, in the order they are taken. Light enough for a page to import: it pulls in
 * no analysis code (the check engine loads with the editor).
 */
import {cacheFriendlyDeps} from './cache-friendly-deps';
import {copyPaths} from './copy-paths';
import {fixTheMistakes} from './fix-the-mistakes';
import {goMultiStage} from './go-multi-stage';
import {nodeMultiStage} from './node-multi-stage';
import {predictTheBuild} from './predict-the-build';
import {secretMount} from './secret-mount';
import {testStage} from './test-stage';
import type {Exercise} from './types';

export const exerciseList: readonly Exercise[] = [
  nodeMultiStage,
  goMultiStage,
  copyPaths,
  testStage,
  fixTheMistakes,
  cacheFriendlyDeps,
  secretMount,
  predictTheBuild,
];
