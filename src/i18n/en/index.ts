import type { nl } from '../nl/index.ts';
import { common } from './common.ts';
import { errors } from './errors.ts';

export const en: typeof nl = { common, errors };
