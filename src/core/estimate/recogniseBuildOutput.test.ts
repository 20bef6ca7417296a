import {describe, expect, it} from 'vitest';
import type {CommandContext} from './itemDraft';
import {recogniseBuildOutput} from './recogniseBuildOutput';
import {splitShellCommands} from '../contents/shell';

const context: CommandContext = {workdir: '/app', env: new Map(), home: '/root', distro: 'debian', venv: null};
const added = (command: string, ctx: Partial<CommandContext> = {}) =>
  splitShellCommands(command)
    .flatMap((c) => recogniseBuildOutput(c, {...context, ...ctx}))
    .flatMap((effect) => (effect.kind === 'add' ? effect.items.map((item) => [item.category, item.paths.join(','), item.bytes, item.file]) : []));

describe('recogniseBuildOutput', () => {
  it('npm run build writes dist/, build/, out/ or .next/ under the WORKDIR, size unknown', () => {
    const output = ['build-output', '/app/dist,/app/build,/app/out,/app/.next', null, false];
    expect(added('npm run build')).toEqual([output]);
    expect(added('yarn build')).toEqual([output]);
    expect(added('pnpm run build:prod')).toEqual([output]);
    expect(added('npm test')).toEqual([]);
  });

  it('an output flag passed to the build script names the folder', () => {
    expect(added('npm run build -- --outDir public')).toEqual([['build-output', '/app/public', null, false]]);
  });

  it('gcc -o names the program it writes', () => {
    expect(added('gcc -static -Os -o hello hello.c')).toEqual([['build-output', '/app/hello', null, true]]);
  });

  it('tsc and bundlers', () => {
    expect(added('npx tsc')).toEqual([['build-output', '/app/dist', null, false]]);
    expect(added('npx --yes tsc --outDir out')).toEqual([['build-output', '/app/out', null, false]]);
    expect(added('npx vite build')).toEqual([['build-output', '/app/dist', null, false]]);
    expect(added('npx next build')).toEqual([['build-output', '/app/.next', null, false]]);
  });

  it('go build -o X writes the binary X (20 MB typical) and fills the build cache', () => {
    expect(added('CGO_ENABLED=0 go build -ldflags="-s -w" -o /bin/server ./cmd/server')).toEqual([
      ['build-output', '/bin/server', 20_000_000, true],
      ['cache', '/root/.cache/go-build', null, false],
    ]);
    expect(added('go build -o bin/ ./...')[0]).toEqual(['build-output', '/app/bin/*', 20_000_000, false]);
    expect(added('go build .')[0]).toEqual(['build-output', '/app/*', 20_000_000, true]);
    expect(added('go build ./...')).toEqual([['cache', '/root/.cache/go-build', null, false]]);
    expect(added('go build -o /out/app', {env: new Map([['GOCACHE', '/cache/go']])})[1]).toEqual(['cache', '/cache/go', null, false]);
  });

  it('cargo build --release writes target/release and fetches crates if not yet there', () => {
    expect(added('cargo build --release')).toEqual([
      ['build-output', '/app/target/release', null, false],
      ['dependencies', '/usr/local/cargo/registry', null, false],
    ]);
    expect(added('cargo build --release --target x86_64-unknown-linux-musl')[0]![1]).toBe('/app/target/x86_64-unknown-linux-musl/release');
  });

  it('mvn package writes target/*.jar; gradle build writes build/libs/*.jar', () => {
    expect(added('mvn -B -DskipTests package')).toEqual([
      ['build-output', '/app/target/*.jar', null, true],
      ['dependencies', '/root/.m2/repository', null, false],
    ]);
    expect(added('./gradlew --no-daemon bootJar')[0]).toEqual(['build-output', '/app/build/libs/*.jar', null, true]);
    expect(added('gradle installDist')[0]).toEqual(['build-output', '/app/build/install', null, false]);
    expect(added('mvn test')).toEqual([]);
  });

  it('any other build command leaves output somewhere under the WORKDIR', () => {
    expect(added('make -j4')).toEqual([['build-output', '/app', null, false]]);
    expect(added('echo building')).toEqual([]);
  });
});
