import type { Language } from '../language.ts';
import type { ReportBlock } from '../report.ts';

/**
 * The report as one neutral document: what every output format (Markdown, HTML, DOCX) renders.
 * It follows the programme, like the seed report: an introduction, who took part, a section
 * per programme block, a conclusion. Renderers never look at workshop state, only at this.
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

export type SectionKind = 'introduction' | 'participants' | 'day' | 'block' | 'conclusion';

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
}
