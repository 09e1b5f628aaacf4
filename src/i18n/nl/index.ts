import { common } from './common.ts';
import { consoleUi } from './console.ts';
import { errors } from './errors.ts';
import { participant } from './participant.ts';
import { projector } from './projector.ts';
import { report } from './report.ts';

/** The Dutch UI catalogue: the source language. Every other language mirrors its keys. */
export const nl = { common, errors, participant, projector, console: consoleUi, report };
