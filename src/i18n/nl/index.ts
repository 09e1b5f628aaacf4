import { common } from './common.ts';
import { errors } from './errors.ts';

/** The Dutch UI catalogue: the source language. Every other language mirrors its keys. */
export const nl = { common, errors };
