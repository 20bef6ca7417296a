import type {Analysis, ContentItem} from '../../core/types';

/**
 * "Is this path in the final image?", answered from the estimate's contents. Kept in one place so it can
 * be swapped for a query in the core once the core offers one.
 */

function segments(path: string): string[] {
  return path.split('/').filter((part) => part !== '' && part !== '.');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** One path segment against one segment of an item's path, where the item's may hold `*`. */
function segmentMatches(itemSegment: string, askedSegment: string): boolean {
  if (!itemSegment.includes('*')) return itemSegment === askedSegment;
  return new RegExp(`^${itemSegment.split('*').map(escapeRegExp).join('[^/]*')}$`).test(askedSegment);
}

function prefixMatches(shorter: string[], longer: string[]): boolean {
  return shorter.every((segment, i) => segmentMatches(segment, longer[i]!));
}

/**
 * Some paths are only a rough place: the base image is `/`, OS packages land under `/usr`, and a copy into
 * `/` (an export stage) says nothing about which files it brought. Such an item holds a path only when it
 * names it exactly or lies inside it, never as a directory above it.
 */
const roughPlaces: ReadonlySet<ContentItem['category']> = new Set(['base-image', 'os-packages']);

function coversBelow(item: ContentItem, itemSegments: readonly string[]): boolean {
  return itemSegments.length > 0 && !roughPlaces.has(item.category);
}

/** Whether one of the item's paths is the asked path, a directory above it, or lies inside it. */
function itemHolds(item: ContentItem, asked: string): boolean {
  const askedSegments = segments(asked);
  return item.paths.some((itemPath) => {
    const itemSegments = segments(itemPath);
    if (itemSegments.length === askedSegments.length) return prefixMatches(itemSegments, askedSegments);
    if (itemSegments.length > askedSegments.length) return askedSegments.every((segment, i) => segmentMatches(itemSegments[i]!, segment));
    return coversBelow(item, itemSegments) && prefixMatches(itemSegments, askedSegments);
  });
}

function depth(item: ContentItem, asked: string): number {
  const askedDepth = segments(asked).length;
  return Math.max(...item.paths.map((p) => Math.min(segments(p).length, askedDepth)));
}

/** The items of a stage that hold the path, removed or not, the most specific (then the latest) first. */
export function itemsHolding(contents: readonly ContentItem[], path: string): ContentItem[] {
  return contents.filter((item) => itemHolds(item, path)).sort((a, b) => depth(b, path) - depth(a, path) || b.line - a.line);
}

/** The item that puts the path into the final image's filesystem, or null when the path is not there. */
export function findInFinalImage(analysis: Analysis, path: string): ContentItem | null {
  const final = analysis.estimate.final;
  if (final === null) return null;
  const stage = analysis.estimate.stages.find((s) => s.index === final.index);
  return itemsHolding(stage?.contents ?? [], path).find((item) => item.removedAt === null) ?? null;
}
