import type { consoleUi as nl } from '../nl/console.ts';

export const consoleUi: typeof nl = {
  title: 'Console',
};
