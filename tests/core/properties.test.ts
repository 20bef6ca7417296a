import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
import {expectConsistent} from './expectConsistent';

const names = ['build', 'Build', 'deps', 'test', 'runtime', 'scratch', 'a', 'b'];
const word = fc.constantFrom(...names, 'node:20', 'alpine:3.20', '0', '1', '2', '$X', '${V:-build}', 'busybox:1.36', 'biuld');
const keyword = (k: string) => fc.constantFrom(k, k.toLowerCase(), k[0] + k.slice(1).toLowerCase());

const dockerfileLine = fc.oneof(
  fc
    .tuple(keyword('FROM'), word, fc.option(fc.tuple(keyword('AS'), fc.constantFrom(...names))))
    .map(([k, base, as]) => `${k} ${base}${as ? ` ${as[0]} ${as[1]}` : ''}`),
  fc.tuple(keyword('COPY'), word).map(([k, from]) => `${k} --from=${from} /src /dst`),
  fc.tuple(keyword('RUN'), word).map(([k, from]) => `${k} --mount=type=bind,from=${from},target=/m true`),
  fc.constantFrom(
    'ARG X=build',
    'ARG V',
    'RUN echo hi \\',
    '  && echo more',
    '# comment',
    '',
    'RUN <<EOF',
    'FROM inside-heredoc AS nope',
    'EOF',
    'ONBUILD COPY --from=build /a /b',
    'COPY . .',
    'ADD --from=build /a /b',
    'WORKDIR app',
    'CMD node server.js',
    '# escape=`',
  ),
);

describe('analyze never throws and returns a consistent model', () => {
  it('for any string', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 400}), (text) => {
        expectConsistent(analyze(text), text);
      }),
      {numRuns: 400},
    );
  });

  it('for generated Dockerfile-like text, with and without a target', () => {
    fc.assert(
      fc.property(fc.array(dockerfileLine, {maxLength: 30}), fc.option(word), fc.constantFrom('\n', '\r\n'), (lines, target, newline) => {
        const text = lines.join(newline);
        expectConsistent(analyze(text, {target}), text);
      }),
      {numRuns: 500},
    );
  });
});

describe('builtStages is the set reachable from the target', () => {
  const graph = fc
    .integer({min: 1, max: 12})
    .chain((count) =>
      fc.tuple(
        fc.constant(count),
        fc.array(fc.option(fc.nat(), {nil: undefined}), {minLength: count, maxLength: count}),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('copy', 'mount')), {maxLength: 20}),
        fc.nat(),
      ),
    );

  it('for generated acyclic stage graphs', () => {
    fc.assert(
      fc.property(graph, ([count, parents, uses, targetSeed]) => {
        const edges = new Map<number, Set<number>>();
        const link = (stage: number, on: number) => edges.set(stage, (edges.get(stage) ?? new Set()).add(on));
        const lines: string[] = [];
        const body: string[][] = Array.from({length: count}, () => []);
        for (const [a, b, via] of uses) {
          const stage = a % count;
          if (stage === 0) continue;
          const on = b % stage;
          link(stage, on);
          body[stage]!.push(via === 'copy' ? `COPY --from=s${on} /x /x${on}` : `RUN --mount=from=s${on},target=/m${on} true`);
        }
        for (let i = 0; i < count; i++) {
          const parentSeed = parents[i];
          if (i > 0 && parentSeed !== undefined) {
            const parent = parentSeed % i;
            link(i, parent);
            lines.push(`FROM s${parent} AS s${i}`);
          } else {
            lines.push(`FROM alpine:3.20 AS s${i}`);
          }
          lines.push(...body[i]!);
        }
        const target = targetSeed % count;
        const expected = new Set([target]);
        const stack = [target];
        while (stack.length > 0) {
          for (const on of edges.get(stack.pop()!) ?? []) {
            if (expected.has(on)) continue;
            expected.add(on);
            stack.push(on);
          }
        }
        const analysis = analyze(lines.join('\n'), {target: `s${target}`});
        expect(analysis.error).toBeNull();
        expect(analysis.target).toBe(target);
        expect(analysis.builtStages).toEqual([...expected].sort((x, y) => x - y));
      }),
      {numRuns: 300},
    );
  });
});
