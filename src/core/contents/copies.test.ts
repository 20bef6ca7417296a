import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';

/** The copy records of the last stage. */
const records = (text: string) => analyze(text).contents.at(-1)!.copies;
const last = (text: string) => records(text).at(-1)!;

describe('copy records', () => {
  it('takes a destination as a folder when written as one or for a known WORKDIR', () => {
    expect(last('FROM alpine:3.24\nCOPY a.js ./\n').intoDirectory).toBe(true);
    expect(last('FROM alpine:3.24\nWORKDIR /app\nCOPY a.js .\n').intoDirectory).toBe(true);
    expect(last('FROM alpine:3.24\nCOPY a.js b.js /app/\n').intoDirectory).toBe(true);
    expect(last('FROM alpine:3.24\nWORKDIR /app\nWORKDIR /\nCOPY a.js /app\n').intoDirectory).toBe(true);
    expect(last('FROM alpine:3.24\nCOPY a.js /app/main.js\n').intoDirectory).toBe(false);
  });

  it('does not take several sources as a folder: BuildKit copies each to the name in turn', () => {
    expect(last('FROM alpine:3.24\nCOPY a.js b.js /app\n').intoDirectory).toBe(false);
    expect(last('FROM alpine:3.24 AS b\nFROM alpine:3.24\nCOPY --from=b /a.js /b.js /srv/app\n').intoDirectory).toBe(false);
  });

  it('copies a single wildcard match to a file name (COPY --from=build /src/target/*.jar app.jar)', () => {
    const record = last(
      'FROM maven:3-eclipse-temurin-21 AS build\nRUN mvn package\nFROM eclipse-temurin:21-jre\nWORKDIR /app\nCOPY --from=build /src/target/*.jar app.jar\n',
    );
    expect(record.intoDirectory).toBe(false);
    expect(record.destination).toBe('/app/app.jar');
    expect(last('FROM alpine:3.24 AS b\nFROM alpine:3.24\nCOPY --from=b /app/dist/* /srv/www\n').intoDirectory).toBe(true);
  });

  it('expands variables in sources and destination, and resolves --from sources from the root', () => {
    const record = last('FROM alpine:3.24 AS build\nFROM alpine:3.24\nENV APP=/srv/app\nARG OUT=dist\nCOPY --from=build app/$OUT ${APP}/\n');
    expect(record.sources).toEqual(['/app/dist']);
    expect(record.destination).toBe('/srv/app');
    expect(record.origin).toEqual({kind: 'stage', stage: 0});
  });

  it('marks a copy of the whole build context or of a stage working directory as whole source', () => {
    expect(last('FROM alpine:3.24\nCOPY * ./\n').wholeSource).toEqual({kind: 'build-context'});
    expect(last('FROM alpine:3.24\nADD . /app\n').wholeSource).toEqual({kind: 'build-context'});
    expect(last('FROM alpine:3.24\nCOPY src ./src\n').wholeSource).toBeNull();
    expect(last('FROM alpine:3.24 AS b\nWORKDIR /opt/project\nFROM alpine:3.24\nCOPY --from=b /opt/project /srv\n').wholeSource).toEqual({
      kind: 'working-directory',
      path: '/opt/project',
    });
    expect(last('FROM alpine:3.24 AS b\nFROM alpine:3.24\nCOPY --from=b /app/dist /srv\n').wholeSource).toBeNull();
  });

  it('leaves URLs and git sources out of the paths', () => {
    expect(last('FROM alpine:3.24\nADD https://example.com/a.tgz /opt/\n').sources).toEqual([]);
  });
});
