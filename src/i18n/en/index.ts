import type { nl } from '../nl/index.ts';
import { common } from './common.ts';
import { consoleUi } from './console.ts';
import { errors } from './errors.ts';
import { participant } from './participant.ts';
import { projector } from './projector.ts';
import { report } from './report.ts';

export const en: typeof nl = { common, errors, participant, projector, console: consoleUi, report };
