/** Stable hooks for end-to-end tests (design/test-ids.md). Keep them stable; add, never rename. */
export const testIds = {
  editor: 'dockerfile-editor',
  stageGraph: 'stage-graph',
  stageNode: (index: number) => `stage-node-${index}`,
  targetSelect: 'target-select',
  contentsPanel: 'contents-panel',
  copyLink: 'copy-link',
  copyMermaid: 'copy-mermaid',
  downloadSvg: 'download-svg',
  copyEmbed: 'copy-embed',
  embed: 'embed',
  resetExample: 'reset-example',
  legacyToggle: 'legacy-toggle',
  stageList: 'stage-list',
  diagnostics: 'diagnostics',
  buildCommand: 'build-command',
  exerciseCheck: 'exercise-check',
  checkResult: (id: string) => `check-${id}`,
  exerciseVerdict: 'exercise-verdict',
  /** A predict-the-build question's graded answer (`data-status="pass|fail"`). */
  prediction: (questionId: string) => `prediction-${questionId}`,
  quizFeedback: 'quiz-feedback',
} as const;
