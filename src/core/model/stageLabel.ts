/** How Stagecraft names a stage to people: its name, or `#index` for an unnamed one. */
export function stageLabel(stage: {index: number; name: string | null}): string {
  return stage.name ?? `#${stage.index}`;
}

/** The label of the stage at `index` in a list, `#index` when there is none. */
export function stageLabelAt(stages: readonly {index: number; name: string | null}[], index: number): string {
  return stages[index]?.name ?? `#${index}`;
}

/** A stage in a sentence: `"build"` (as declared) for a named stage, `#1` for an unnamed one. */
export function quotedStageLabel(stage: {index: number; name: string | null; declaredName?: string | null}): string {
  return stage.name !== null ? `"${stage.declaredName ?? stage.name}"` : stageLabel(stage);
}
