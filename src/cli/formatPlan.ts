import {builderFacts, stageLabelAt, type Analysis} from '../core';

/** `stagecraft plan FILE`: the build plan as text, then the cache simulation when --change was given. */
export function formatPlan(analysis: Analysis, file: string): string {
  const {plan, stages} = analysis;
  const label = (index: number): string => stageLabelAt(stages, index);
  const facts = builderFacts[plan.builder];
  const out = [`${file}: build plan for ${facts.label}`];
  if (plan.target === null) return `${[...out, '  No stage to build.'].join('\n')}\n`;
  out.push(`  Target: ${label(plan.target)}`, `  Rule: builds ${facts.selects}.`, `  Source: ${facts.source}`);
  out.push(facts.sequential ? '  Order (one stage at a time):' : '  Waves (stages in one wave can run at the same time):');
  plan.waves.forEach((wave, i) => out.push(`    ${i + 1}. ${wave.map(label).join(', ')}`));
  for (const skipped of plan.skipped) out.push(`  Skipped ${label(skipped.stage)}: ${skipped.reason}.`);
  if (plan.notNeeded.length > 0) out.push(`  Built but not needed by the target: ${plan.notNeeded.map(label).join(', ')}`);
  out.push(`  Critical path (by instruction count): ${plan.criticalPath.map(label).join(' -> ')}`);
  for (const platform of plan.platforms) {
    if (platform.emulated) out.push(`  ${label(platform.stage)} runs emulated for ${platform.platform}`);
  }
  if (analysis.cache) {
    out.push(`What reruns after changing ${analysis.cache.changes.join(', ')}:`);
    for (const step of analysis.cache.steps) {
      const mark = step.rerun ? (step.certain ? 'reruns' : 'may rerun') : 'cached';
      out.push(`  ${label(step.stage)} line ${step.line} ${step.keyword}: ${mark} (${step.why})`);
    }
  }
  if (analysis.error) out.push(`BuildKit would refuse this build: ${analysis.error}`);
  return `${out.join('\n')}\n`;
}
