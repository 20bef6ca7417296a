import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
import {supportWindows, type SupportWindow} from '../../src/core/catalog/supportWindows';

/** The day the windows are judged on, fixed so the expectations do not move with the calendar. */
const december = new Date('2026-12-02T12:00:00Z');
const endOfLife = (text: string, today = december, buildArgs: Record<string, string> = {}) =>
  analyze(text, {today, buildArgs}).diagnostics.filter((diagnostic) => diagnostic.code === 'EndOfLifeBaseImage');

const windowOf = (image: string, line: string): SupportWindow => supportWindows.find((window) => window.image === image && window.line === line)!;

/** The first day a window's line counts as ended, and the day before it. */
function around(window: SupportWindow): {before: Date; on: Date} {
  const [year, month, day] = window.endOfLife.split('-').map(Number);
  const on = day === undefined ? new Date(Date.UTC(year!, month!, 1)) : new Date(Date.UTC(year!, month! - 1, day));
  return {before: new Date(on.getTime() - 1), on};
}

/** A reference that names a window's line: `node:20`, `gcr.io/distroless/static-debian12`. */
const referenceFor = (window: SupportWindow): string => (window.image.includes('/') ? `${window.image}-${window.line}` : `${window.image}:${window.line}`);

describe('EndOfLifeBaseImage', () => {
  it('warns on the FROM word with the end date and the supported line from the support-window table', () => {
    const node20 = windowOf('node', '20');
    const [found, ...rest] = endOfLife('FROM node:20-slim AS app\nCMD ["node", "server.js"]\n');
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      severity: 'warning',
      line: 1,
      column: 6,
      endColumn: 18,
      url: '/reference/diagnostics/base-images-and-args#end-of-life-base-image',
      stage: 0,
    });
    expect(found!.message).toContain(`ended on ${node20.endOfLife}`);
    expect(found!.message).toContain(`${node20.moveTo.replace(/:24$/, ':24-slim')} (the same variant on ${node20.moveTo})`);
  });

  it('judges on the day given: nothing the day before the end, a warning from the end on', () => {
    for (const window of supportWindows) {
      const text = `FROM ${referenceFor(window)}\n`;
      const {before, on} = around(window);
      expect(endOfLife(text, before), `${text} before ${window.endOfLife}`).toEqual([]);
      const after = endOfLife(text, on);
      expect(after, `${text} on ${window.endOfLife}`).toHaveLength(1);
      expect(after[0]!.message, text).toContain(window.moveTo);
    }
  });

  it('gives a month-only end date as the end of that month', () => {
    const [found] = endOfLife('FROM gcr.io/distroless/static-debian12:nonroot\n', new Date('2026-10-01T00:00:00Z'));
    expect(found!.message).toContain('at the end of September 2026');
    expect(found!.message).toContain('gcr.io/distroless/static-debian13');
    expect(endOfLife('FROM gcr.io/distroless/static-debian12:nonroot\n', new Date('2026-09-30T23:00:00Z'))).toEqual([]);
  });

  it('names the distribution a tag is built on, and a line older than the table lists', () => {
    expect(endOfLife('FROM node:24-alpine3.20\n')[0]!.message).toMatch(
      /^node:24-alpine3\.20 is built on alpine 3\.20, whose support ended on 2026-04-01\..*alpine:3\.24\.$/,
    );
    expect(endOfLife('FROM node:12-alpine\n')[0]!.message).toContain(`had ended by the time node 14 did, on ${windowOf('node', '14').endOfLife}`);
  });

  it('does not offer a variant that is itself end-of-life', () => {
    const message = endOfLife('FROM golang:1.22-alpine3.19\n')[0]!.message;
    expect(message).not.toContain('golang:1.27-alpine3.19');
    expect(message).toMatch(/Move to a supported line: golang:1\.27\.$/);
  });

  it('reads the base after ARG substitution and --build-arg', () => {
    expect(endOfLife('ARG NODE=20\nFROM node:${NODE}-slim\n').map((d) => d.line)).toEqual([2]);
    expect(endOfLife('ARG NODE=24\nFROM node:${NODE}-slim\n', december, {NODE: '20'})).toHaveLength(1);
    expect(endOfLife('ARG NODE=20\nFROM node:${NODE}-slim\n', december, {NODE: '24'})).toEqual([]);
  });

  it('stays quiet for supported lines, untagged or latest images, scratch and stages', () => {
    const quiet = [
      'FROM node:24-slim\n',
      'FROM golang:1.27 AS build\nFROM build\n',
      'FROM python:3.14-slim\n',
      'FROM alpine:3.24\n',
      'FROM gcr.io/distroless/nodejs24-debian13\n',
      'FROM eclipse-temurin:21-jre\n',
      'FROM node:latest\n',
      'FROM node:lts-slim\n',
      'FROM scratch\n',
      'FROM example.com/team/node:20\n',
    ];
    for (const text of quiet) expect(endOfLife(text), text).toEqual([]);
  });

  it('uses the day the analysis runs when no day is given', () => {
    const text = 'FROM node:16\n';
    expect(analyze(text).diagnostics.map((d) => d.code)).toContain('EndOfLifeBaseImage');
  });
});
