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
  /** The lab's collapsible .dockerignore box. */
  dockerignore: 'dockerignore',
  /** The playground's "Make it multi-stage" panel and its parts. */
  convertPanel: 'convert-panel',
  convertSuggest: 'convert-suggest',
  convertApplyAll: 'convert-apply-all',
  convertUndo: 'convert-undo',
  convertEstimate: 'convert-estimate',
  convertDeclined: 'convert-declined',
  convertHunk: (index: number) => `convert-hunk-${index}`,
  /** The breakdown by origin, waste and base-image what-if (ImageBreakdown). */
  imageBreakdown: 'image-breakdown',
  breakdownBar: 'breakdown-bar',
  breakdownTable: 'breakdown-table',
  wasteList: 'waste-list',
  whatIf: 'what-if',
} as const;
