import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {toArtifactUri, toSarifReport} from './toSarifReport';

const typo = 'FROM node:24 AS builder\nRUN npm run build\n\nFROM node:24-slim\nCOPY --from=biulder /app/dist /app/dist\n';

describe('toSarifReport', () => {
  it('has one result per diagnostic, each pointing at its rule and its range', () => {
    const analysis = analyze(typo);
    const [run] = toSarifReport(analysis, {file: 'Dockerfile'}).runs;
    expect(run!.results).toHaveLength(analysis.diagnostics.length);
    run!.results.forEach((result, index) => {
      const diagnostic = analysis.diagnostics[index]!;
      expect(run!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result).toMatchObject({ruleId: diagnostic.code, message: {text: diagnostic.message}});
      expect(result.locations[0]!.physicalLocation).toEqual({
        artifactLocation: {uri: 'Dockerfile'},
        region: {startLine: diagnostic.line, startColumn: diagnostic.column, endLine: diagnostic.endLine, endColumn: diagnostic.endColumn},
      });
    });
  });

  it('describes each code once, with a help link to its explanation on the site', () => {
    const rules = toSarifReport(analyze(typo), {file: 'Dockerfile'}).runs[0]!.tool.driver.rules;
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    expect(rules.find((rule) => rule.id === 'UndefinedStage')).toMatchObject({
      helpUri: 'https://stagecraft.dev/reference/diagnostics/stage-names-and-references#undefined-stage',
      defaultConfiguration: {level: 'warning'},
      properties: {origin: 'stagecraft'},
    });
  });

  it('maps severities to SARIF levels: info becomes note', () => {
    const results = toSarifReport(analyze(typo), {file: 'Dockerfile'}).runs[0]!.results;
    expect(results.map((result) => [result.ruleId, result.level])).toEqual([
      ['UnusedStage', 'note'],
      ['UndefinedStage', 'warning'],
    ]);
  });

  it('names the tool and, when given, its version and the site', () => {
    const driver = toSarifReport(analyze(typo), {file: 'Dockerfile', toolVersion: '1.2.3', siteUrl: 'https://docs.example/'}).runs[0]!.tool.driver;
    expect(driver).toMatchObject({name: 'Stagecraft', version: '1.2.3', informationUri: 'https://docs.example/'});
    expect(driver.rules[0]!.helpUri).toBe('https://docs.example/reference/diagnostics/stage-names-and-references#unused-stage');
  });

  it('starts every region at line 1, column 1 or later, even for a file with no text', () => {
    const results = toSarifReport(analyze(''), {file: 'Dockerfile'}).runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const region = result.locations[0]!.physicalLocation.region;
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
    }
  });
});

describe('toArtifactUri', () => {
  it('writes a path as a relative URI reference', () => {
    expect(toArtifactUri('./services/api/Dockerfile')).toBe('services/api/Dockerfile');
    expect(toArtifactUri('docker\\My App.Dockerfile')).toBe('docker/My%20App.Dockerfile');
    expect(toArtifactUri('a#b?.Dockerfile')).toBe('a%23b%3F.Dockerfile');
  });

  it('writes an absolute path as a file URI', () => {
    expect(toArtifactUri('/home/me/app/Dockerfile')).toBe('file:///home/me/app/Dockerfile');
    expect(toArtifactUri('C:\\src\\app\\Dockerfile')).toBe('file:///C:/src/app/Dockerfile');
  });
});
