import {describe, expect, it} from 'vitest';
import {baseImageCatalog, baseImageFamilies, tagTraitRules, toolchainFacts, type SizeFigure} from './baseImageCatalog';
import {lookupBaseImage} from './lookupBaseImage';

/** Every pattern in the catalog is a regular-expression source: it must compile. */
function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

function figureProblems(figure: SizeFigure, where: string): string[] {
  const problems: string[] = [];
  if ((figure.bytes === null) !== (figure.kind === 'unknown')) problems.push(`${where}: bytes is null exactly when the figure is unknown`);
  if (figure.range !== null && figure.bytes !== null && !(figure.range.min <= figure.bytes && figure.bytes <= figure.range.max))
    problems.push(`${where}: the figure lies outside its range`);
  if (figure.kind === 'reading' && figure.readFor === null) problems.push(`${where}: a reading names the image and tag it was read for`);
  return problems;
}

describe('the base-image catalog', () => {
  it('gives every entry a unique family/variant id and a known family', () => {
    const families = new Set(baseImageFamilies.map((family) => family.family));
    const ids = baseImageCatalog.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of baseImageCatalog) {
      expect(entry.id).toBe(`${entry.family}/${entry.variant}`);
      expect(families.has(entry.family), entry.id).toBe(true);
    }
  });

  it('gives every figure a source and a date, and keeps figures consistent', () => {
    const problems: string[] = [];
    for (const entry of baseImageCatalog) {
      if (entry.size.source.trim() === '') problems.push(`${entry.id}: no source`);
      if (!/\b20\d\d\b/.test(entry.size.date) && entry.size.date !== 'by definition') problems.push(`${entry.id}: no date (a year, or 'by definition')`);
      problems.push(...figureProblems(entry.size.uncompressed, `${entry.id} uncompressed`));
      if (entry.size.compressed !== null) problems.push(...figureProblems(entry.size.compressed, `${entry.id} compressed`));
    }
    expect(problems).toEqual([]);
  });

  it('has patterns that compile, and families that name existing entries', () => {
    const ids = new Set(baseImageCatalog.map((entry) => entry.id));
    const sources: string[] = tagTraitRules.map((rule) => rule.pattern);
    for (const entry of baseImageCatalog) {
      sources.push(...(entry.tags?.suffixes ?? []), ...(entry.tags?.bare ?? []), ...(entry.tags?.loose ?? []), ...(entry.repositories?.loose ?? []));
    }
    for (const family of baseImageFamilies) {
      if (family.kind === 'tag') {
        sources.push(family.versionLines, family.versionShape);
        expect(ids.has(family.latest.entry), family.family).toBe(true);
      } else if (family.kind === 'repository') {
        sources.push(family.platformSuffix, ...family.flavours.map((flavour) => flavour.tag));
      } else {
        expect(ids.has(family.entry), family.family).toBe(true);
      }
    }
    expect(sources.filter((source) => !compiles(source))).toEqual([]);
  });

  it('knows where every toolchain an entry carries lives', () => {
    for (const entry of baseImageCatalog)
      for (const toolchain of entry.toolchains) expect(toolchainFacts[toolchain], `${entry.id}: ${toolchain}`).toBeDefined();
  });

  it('places every entry by its own reference', () => {
    for (const entry of baseImageCatalog) {
      const info = lookupBaseImage(entry.ref);
      expect(info.entryId, entry.ref).toBe(entry.id);
    }
  });
});

describe('the catalog says where a figure is an estimate, and why', () => {
  const estimated = (figure: SizeFigure | null): boolean => figure !== null && figure.kind === 'estimate';

  it('names a source and a date for every entry, read or estimated', () => {
    for (const entry of baseImageCatalog) {
      expect(entry.size.source.trim(), entry.id).not.toBe('');
      expect(entry.size.date, entry.id).toMatch(/\b20\d\d\b|by definition/);
    }
  });

  it('gives every estimated or unknown figure a reason in its source or note', () => {
    const problems: string[] = [];
    for (const entry of baseImageCatalog) {
      const {uncompressed, compressed, source, note} = entry.size;
      const reasoned = /estimate|not read|≈|approximat|README|page/i.test(`${source} ${note ?? ''}`);
      if ((estimated(uncompressed) || estimated(compressed) || uncompressed.kind === 'unknown') && !reasoned) problems.push(entry.id);
    }
    expect(problems).toEqual([]);
  });

  it('holds both sizes where both were read or estimated, the compressed one the smaller', () => {
    const both = baseImageCatalog.filter((entry) => entry.size.compressed?.bytes != null && entry.size.uncompressed.bytes !== null);
    expect(both.length).toBeGreaterThan(20);
    for (const entry of both)
      if (entry.size.uncompressed.bytes! > 0) expect(entry.size.compressed!.bytes!, entry.id).toBeLessThan(entry.size.uncompressed.bytes!);
  });
});
