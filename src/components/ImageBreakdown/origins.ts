import type {BreakdownOrigin} from '@site/src/core';

export const originLabel: Record<BreakdownOrigin, string> = {
  'base-image': 'Base image',
  context: 'Build context',
  stage: 'From a stage',
  image: 'From an image',
  run: 'RUN output',
};
