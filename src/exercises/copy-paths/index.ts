import type {DockerfileExercise} from '../types';
import {advice, nodeRequired, required} from '../checkLists';
import solution from './solution.Dockerfile?raw';
import start from './start.Dockerfile?raw';

export const copyPaths: DockerfileExercise = {
  kind: 'dockerfile',
  id: 'copy-paths',
  title: 'Copy the right paths, to the right owner',
  goal:
    'A Java service built with Maven: the runtime stage should receive the jar under the name its CMD starts ' +
    '(app.jar) and the starter data in /app/data, which it declares as a volume and writes to while it runs as ' +
    'the user shop. The file builds nothing useful as it stands: fix the COPY --from lines so the sources are ' +
    'found, the jar gets its name, and shop owns the data, while the code stays owned by root.',
  checks: [
    ...required(['copy-from-paths-exist', 'start-file-named', 'writable-data-owned-by-user', 'non-root-user']),
    ...nodeRequired,
    ...advice(['code-owned-by-root', 'deps-cached-before-source', 'pinned-base-tags']),
  ],
  hints: [
    "COPY --from reads its source paths from the root of the stage it names, whatever that stage's WORKDIR is: target/*.jar means /target/*.jar. The build stage has no /target, so the build stops (lstat /target: no such file or directory); had the folder been there with no jar in it, the wildcard would have copied nothing, without an error.",
    'A wildcard copied into a folder keeps the name of what it matches, such as shop-1.4.0.jar. When the pattern matches one file, you may give the destination a file name instead: … /src/target/*.jar app.jar.',
    'Files copied from another stage keep the owner they had there; Maven ran as root, so the data belongs to root. COPY --from=build --chown=shop:shop … gives it to the runtime user as it is copied.',
    'Leave the jar without --chown: the service only has to read its code, and code it cannot change is code an attacker cannot change through it.',
  ],
  explanation:
    "The sources are absolute paths in the build stage (/src/target/…), because COPY --from ignores that stage's " +
    'WORKDIR. The single jar Maven builds is copied to the file name app.jar, which the CMD starts whatever ' +
    'version the pom gives it. The starter data is copied with --chown=shop:shop, so the service, running as shop, ' +
    'can update it, and a new volume mounted at /app/data starts as a copy of it with the same owner. The jar stays ' +
    'owned by root: shop can run it but not replace it.',
  next: 'test-stage',
  start,
  solution,
};
