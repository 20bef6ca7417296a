/** Python with pip, uv or Poetry: install into a virtual environment in the build stage, copy it (09-recipes/03-python). */

import {buildFrom, chapters, envSteps, pinnedBase, writeStart, type Draft} from './draft';
import type {StageReading} from './readStage';

const venvSettings = {
  pip: [],
  uv: ['ENV UV_PROJECT_ENVIRONMENT=/opt/venv'],
  poetry: ['ENV VIRTUAL_ENV=/opt/venv POETRY_VIRTUALENVS_CREATE=false'],
} as const;

export function writePython(draft: Draft, reading: StageReading, today: Date): string | null {
  const tool = reading.pythonTool;
  if (tool === null) return 'no pip, uv or Poetry install was found';
  const base = pinnedBase(reading.contents.baseRef, '3.14', today, draft);
  if (base === null) return `the base image ${reading.contents.baseRef} is not a valid reference`;
  buildFrom(draft, base.ref, reading);
  const steps = reading.steps.filter((read) => read.role !== 'start');
  const firstInstall = steps.findIndex((read) => read.role === 'install');
  const lastInstall = steps.reduce((last, read, index) => (read.role === 'install' ? index : last), -1);
  const reason = 'Dependencies go into a virtual environment in /opt/venv, which the runtime copies whole, leaving compilers and caches behind.';
  steps.forEach((read, index) => {
    if (index === firstInstall) draft.add(reason, chapters.python, 'RUN python -m venv /opt/venv', 'ENV PATH="/opt/venv/bin:$PATH"', ...venvSettings[tool]);
    if (index > lastInstall && read.role === 'source') return;
    draft.add('Your own step, kept as you wrote it in the build stage.', chapters.namedStage, ...draft.original(read.step.instruction));
  });
  const installText = steps
    .filter((read) => read.role === 'install')
    .map((read) => read.step.instruction.text)
    .join(' ');
  if (tool === 'uv' && !installText.includes('--no-install-project'))
    draft.note(
      'uv sync also installs your project itself when it is a package; the build stage has only the manifests then, so add --no-install-project or copy the source before it.',
      false,
    );
  if (tool === 'poetry' && !installText.includes('--no-root'))
    draft.note(
      'poetry install also installs your project itself unless you pass --no-root; the build stage has only the manifests then, so check which you need.',
      false,
    );
  const runtime = `python:${base.line}-slim`;
  draft.blank();
  draft.add(
    `The runtime is ${runtime}, the same Python at the same path, which the virtual environment's links need; no compiler or headers.`,
    chapters.python,
    `FROM ${runtime} AS runtime`,
    'ENV PATH="/opt/venv/bin:$PATH"',
  );
  draft.add('An unprivileged user to run the program.', chapters.nonRoot, 'RUN useradd --system --uid 10001 --no-create-home app');
  if (reading.workdir !== '/') draft.add('The same WORKDIR as before, so relative paths still work.', chapters.lastStage, `WORKDIR ${reading.workdir}`);
  for (const read of envSteps(reading.steps))
    draft.add('Your environment settings, which the program may read at run time.', chapters.lastStage, ...draft.original(read.step.instruction));
  draft.add('The runtime takes the finished virtual environment from the build stage.', chapters.python, 'COPY --from=build /opt/venv /opt/venv');
  draft.note('Check that your program finds everything it needs in the source you copy: Python has no build output, so the source ships as you copied it.');
  for (const read of steps.slice(lastInstall + 1)) {
    if (read.role === 'source') draft.add('Your source, as you copied it: Python runs it directly.', chapters.python, ...draft.original(read.step.instruction));
  }
  draft.add('The program runs as that user instead of root.', chapters.nonRoot, 'USER 10001');
  writeStart(draft, reading, (read) => read.step.instruction.keyword === 'USER');
  return null;
}
