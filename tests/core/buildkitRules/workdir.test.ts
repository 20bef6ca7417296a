import {describe, expect, it} from 'vitest';
import {codesOf} from './lint';

const relative = (text: string, platform: string | null = null) => codesOf(text, {platform}).filter((code) => code.startsWith('WorkdirRelativePath'));

/** dockerfile2llb/convert.go dispatchWorkdir: the expanded path, then system.IsAbs(path, stage OS) (util/system/path.go). */
describe('WorkdirRelativePath', () => {
  it('checks the path after expansion, with the ARG and ENV values in force', () => {
    expect(relative('FROM alpine:3.24\nARG DIR=app\nWORKDIR $DIR\n')).toEqual(['WorkdirRelativePath@3']);
    expect(relative('FROM alpine:3.24\nWORKDIR ${UNSET}\n')).toEqual(['WorkdirRelativePath@2']);
    expect(relative('FROM alpine:3.24\nENV DIR=/srv/app\nWORKDIR $DIR\n')).toEqual([]);
    expect(relative('FROM alpine:3.24\nWORKDIR /app\nWORKDIR sub\n')).toEqual([]);
  });

  it('takes a value carried from the stage built on', () => {
    expect(relative('FROM alpine:3.24 AS base\nENV DIR=/srv\nFROM base\nWORKDIR $DIR/app\n')).toEqual([]);
    expect(relative('FROM alpine:3.24 AS base\nENV DIR=srv\nFROM base\nWORKDIR $DIR/app\n')).toEqual(['WorkdirRelativePath@4']);
  });

  it('reads a stage on a Windows-only image as a Windows stage when no platform is given (autoDetectPlatform)', () => {
    expect(relative('# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\app\n')).toEqual([]);
    expect(relative('# escape=`\nFROM golang:1.27-nanoserver\nWORKDIR C:\\app\n')).toEqual([]);
    expect(relative('# escape=`\nFROM golang:1.27\nWORKDIR C:\\app\n')).toEqual(['WorkdirRelativePath@3']);
  });

  it('accepts a C: drive only in a Windows stage', () => {
    expect(relative('FROM alpine:3.24\nWORKDIR C:\\app\n')).toEqual(['WorkdirRelativePath@2']);
    expect(relative('# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\app\n', 'windows/amd64')).toEqual([]);
    // With the default escape character the backslash escapes the "a": BuildKit's lexer reads C:app, a relative path.
    expect(relative('FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\app\n', 'windows/amd64')).toEqual(['WorkdirRelativePath@2']);
    expect(relative('# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR \\app\n', 'windows/amd64')).toEqual([]);
    expect(relative('FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR D:/app\n', 'windows/amd64')).toEqual(['WorkdirRelativePath@2']);
    expect(relative('FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:app\n', 'windows/amd64')).toEqual(['WorkdirRelativePath@2']);
    expect(relative('FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022 AS build-windows\nWORKDIR c:/app\n')).toEqual([]);
  });
});
