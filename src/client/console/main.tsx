import { addCatalogues } from '../../i18n/instance.ts';
import { consoleCatalogues } from '../../i18n/consolePages.ts';
import { i18n } from '../shared/i18n.ts';
import { mount } from '../shared/mount.tsx';
import { ConsoleApp } from './ConsoleApp.tsx';

// The room's pages leave the console's strings out (src/i18n/pages.ts); the console adds them.
addCatalogues(i18n, consoleCatalogues);
mount((setLanguage) => <ConsoleApp setLanguage={setLanguage} />);
