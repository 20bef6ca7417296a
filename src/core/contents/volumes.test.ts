import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {isVolume, volumePathsOf} from './volumes';
import {stepsOf} from './walkStages';

const volumesOf = (text: string): string[][] => {
  const analysis = analyze(text);
  const walk = analysis.contents.at(-1)!.walk;
  return stepsOf(walk)
    .filter((step) => isVolume(step.instruction))
    .map((step) => volumePathsOf(step, analysis.escapeCharacter));
};

describe('VOLUME paths', () => {
  it('reads the space-separated and the JSON form', () => {
    expect(volumesOf('FROM alpine:3.24\nVOLUME /data /var/log/app\nVOLUME ["/cache", "/tmp/x"]\n')).toEqual([
      ['/data', '/var/log/app'],
      ['/cache', '/tmp/x'],
    ]);
  });

  it('expands variables and normalises the paths', () => {
    expect(volumesOf('FROM alpine:3.24\nENV DATA=/srv/data/\nvolume $DATA "/srv/./uploads"\n')).toEqual([['/srv/data', '/srv/uploads']]);
  });

  it('finds volumes of a stage this one is built on, and nothing in other instructions', () => {
    expect(volumesOf('FROM alpine:3.24 AS base\nVOLUME /data\nFROM base\nRUN echo VOLUME /nope\n')).toEqual([['/data']]);
    const step = stepsOf(analyze('FROM alpine:3.24\nEXPOSE 80\n').contents[0]!.walk)[0]!;
    expect(volumePathsOf(step)).toEqual([]);
  });
});
