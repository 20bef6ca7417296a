import {DockerfileParser} from 'dockerfile-ast';
import {describe, expect, it} from 'vitest';
import {parseDockerfile} from './parseDockerfile';

const sample = [
  '# syntax=docker/dockerfile:1',
  'FROM --platform=$BUILDPLATFORM golang:1.25 AS build',
  'COPY --from=deps --chown=1000:1000 /go/pkg /go/pkg',
  'RUN --mount=type=cache,target=/root/.cache \\',
  '    go build -o /out/app ./cmd/app',
  'RUN ["go", "vet", "./..."]',
  'CMD ["/out/app", "--port", "8080"]',
  'COPY <<EOF /etc/app.conf',
  'port=8080',
  'EOF',
  'ENV A="x y" B=2',
].join('\n');

describe('parseDockerfile', () => {
  it('reads every instruction word as dockerfile-ast does, each instruction scanning its arguments once', () => {
    // A fresh parse, read through dockerfile-ast's own calls (flags dropped by ModifiableInstruction, which shifts
    // the list it gets: a kept scan handed out without a copy would lose a word on every call).
    const instructions = DockerfileParser.parse(sample).getInstructions();
    const first = instructions.map((instruction) => instruction.getArguments().map((argument) => argument.getValue()));
    const again = instructions.map((instruction) => instruction.getArguments().map((argument) => argument.getValue()));
    expect(again).toEqual(first);
    expect(first[1]).toEqual(['/go/pkg', '/go/pkg']);
    expect(first[3]).toEqual(['["go",', '"vet",', '"./..."]']);
    const words = parseDockerfile(sample).instructions.map((instruction) => instruction.words.map((word) => word.value));
    expect(words[1]).toEqual(['--from=deps', '--chown=1000:1000', '/go/pkg', '/go/pkg']);
    // The heredoc's body and terminator are not words of the COPY (they are read as its heredoc).
    expect(words[5]).toEqual(['<<EOF', '/etc/app.conf']);
    expect(words[6]).toEqual(['A="x', 'y"', 'B=2']);
  });
});
