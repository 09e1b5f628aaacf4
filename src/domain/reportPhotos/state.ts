/** A caption is a line under a figure, not a story: the notes hold the story. */
export const PHOTO_CAPTION_MAX = 300;

/**
 * A photo taken in the room (a flip-chart, the skittles, a group at work), attached to one
 * programme block. The bytes live in the server's file store under the same id; the state
 * holds only what the report and the console need to know about it.
 */
export interface ReportPhoto {
  readonly id: string;
  readonly blockId: string;
  readonly caption: string;
  /** People can be recognised on it. */
  readonly people: boolean;
  /** Everyone on it said yes (only meaningful when `people`). */
  readonly consent: boolean;
  /** Of the stored JPEG, after turning it upright. */
  readonly width: number;
  readonly height: number;
  /** The account that took it. */
  readonly takenBy: string;
  readonly at: number;
}

/** Only photos without recognisable people, or with everyone's yes, go in the report. */
export function mayReport(photo: ReportPhoto): boolean {
  return !photo.people || photo.consent;
}
