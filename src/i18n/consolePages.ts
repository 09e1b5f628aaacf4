import type { CatalogueParts } from './pages.ts';
import { consoleUi as enConsole } from './en/console.ts';
import { report as enReport } from './en/report.ts';
import { consoleUi as nlConsole } from './nl/console.ts';
import { report as nlReport } from './nl/report.ts';

/**
 * The console's own parts, added to the room's when the console page starts. A module of its
 * own, so that the bundler keeps it in the console's chunk and out of the one phones share.
 */
export const consoleCatalogues: CatalogueParts = {
  nl: { console: nlConsole, report: nlReport },
  en: { console: enConsole, report: enReport },
};
