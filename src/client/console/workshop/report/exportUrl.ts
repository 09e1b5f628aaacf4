/** What the facilitator chose for this report: names instead of pseudonyms, the appendix. */
export interface ExportChoices {
  readonly names: boolean;
  readonly appendix: boolean;
}

/** The address of a workshop's report or research export (see `src/server/http/exportRoutes.ts`). */
export function exportUrl(
  workshopId: string,
  format: string,
  choices: ExportChoices,
  download: boolean,
) {
  const query = new URLSearchParams({
    names: choices.names ? '1' : '0',
    appendix: choices.appendix ? '1' : '0',
    download: download ? '1' : '0',
  });
  return `/api/workshops/${encodeURIComponent(workshopId)}/report.${format}?${query}`;
}
