import type { ReportBlock } from '../report.ts';
import { mayReport, type ReportPhoto } from '../reportPhotos/state.ts';
import type { WorkshopState } from '../workshop/state.ts';
import type { ReportSection } from './document.ts';

/**
 * Puts each block's photos at the end of its section, in the order they were taken. A photo on
 * which people can be recognised goes in only with everyone's yes; without it the photo stays
 * in the console, never in the report. Replaces the block sections in `sections` in place.
 */
export function appendReportPhotos(sections: ReportSection[], state: WorkshopState): void {
  const byBlock = new Map<string, ReportPhoto[]>();
  const photos = Object.values(state.reportPhotos ?? {}).filter(mayReport);
  for (const photo of photos.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))) {
    byBlock.set(photo.blockId, [...(byBlock.get(photo.blockId) ?? []), photo]);
  }
  if (byBlock.size === 0) return;
  sections.forEach((section, i) => {
    const found = section.kind === 'block' ? byBlock.get(section.id) : undefined;
    if (!found) return;
    sections[i] = { ...section, blocks: [...section.blocks, ...found.map(photoBlock(section))] };
  });
}

/** Every figure needs words (alt text, caption): without a caption, the block's title. */
const photoBlock =
  (section: ReportSection) =>
  (photo: ReportPhoto): ReportBlock => ({
    type: 'photo',
    photoId: photo.id,
    caption: photo.caption || section.title,
    width: photo.width,
    height: photo.height,
  });

/** The photos a document shows, so the exporter can load their bytes before rendering. */
export function photoIdsOf(sections: readonly ReportSection[]): string[] {
  return sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'photo' ? [b.photoId] : [])));
}
