import type { Language } from '../language.ts';
import type { ReportBlock } from '../report.ts';

/**
 * The report as one neutral document: what every output format (Markdown, HTML, DOCX) renders.
 * It follows the programme, like the seed report: an introduction, who took part, a section
 * per programme block, the plans per partnership, a conclusion and an appendix with every
 * contribution. Renderers never look at workshop state, only at this.
 */
export interface ReportDocument {
  readonly language: Language;
  readonly title: string;
  /** Lines under the title: dates, venue. */
  readonly subtitle: readonly string[];
  /** "Gemaakt met Werkplaats op …": when and from what this document was made. */
  readonly colophon: string;
  readonly sections: readonly ReportSection[];
}

/**
 * What a section is. `actions` is "Concrete plannen en acties" (level 1) and its part per
 * partnership (level 2); `appendix` is "Bijlage: alle bijdragen" and its part per activity.
 * Renderers start a day, the actions and the appendix on a new page.
 */
export type SectionKind =
  'introduction' | 'participants' | 'day' | 'block' | 'actions' | 'conclusion' | 'appendix';

export interface ReportSection {
  /** Stable within a workshop (a block's id for its section), so edits can point at it later. */
  readonly id: string;
  readonly kind: SectionKind;
  /** Heading level 1 for a day and for the parts around the days, 2 for a block in a day. */
  readonly level: 1 | 2;
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

/** Options a facilitator chooses when making a report or an export. */
export interface ReportOptions {
  /** Participants' names instead of pseudonyms ("Deelnemer 7 (Zaanstad, informeel)"). */
  readonly names: boolean;
  /** The appendix with every activity's full lists; absent means yes. */
  readonly appendix?: boolean;
  /** Keep the items the facilitators hid (the console's outline shows them greyed out). */
  readonly showHidden?: boolean;
}

/** Whether a section opens a new page in print: a day, and the parts after the days. */
export function startsOnNewPage(section: ReportSection): boolean {
  if (section.level !== 1) return false;
  return section.kind === 'day' || section.kind === 'actions' || section.kind === 'appendix';
}
