/**
 * The only place Monaco is imported: the editor API plus just what a Dockerfile needs (the Dockerfile
 * grammar, hovers for diagnostics, find, comment toggling, next/previous problem, Ctrl+M to let Tab move
 * focus), wired to @monaco-editor/react so it never loads Monaco from a CDN.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import {loader} from '@monaco-editor/react';

self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL('./editor.worker.ts', import.meta.url), {type: 'module'}),
};

// The stock dark theme's comment green is 4.2:1 on its background; these keep every token at 4.5:1 or more.
monaco.editor.defineTheme('stagecraft-dark', {base: 'vs-dark', inherit: true, rules: [{token: 'comment', foreground: '8fb27a'}], colors: {}});
monaco.editor.defineTheme('stagecraft-light', {base: 'vs', inherit: true, rules: [], colors: {}});

loader.config({monaco});

export {monaco};
