import fastJsonPatch from 'fast-json-patch';
import type { PatchOperation } from '../../../domain/protocol.ts';

/**
 * The JSON Patch from one version of a view to the next. Views share structure with the
 * state they come from (the state is immutable), so a part that did not change is the very
 * same object: this walks plain objects and skips identical ones, and leaves every other
 * comparison (arrays, changed leaves) to fast-json-patch. Without the shortcut, the
 * facilitators' roster of 5,000 was compared field by field after every join: O(people) per
 * join, O(people²) for a hall filling up.
 */
export function diffView(before: unknown, after: unknown): PatchOperation[] {
  const ops: PatchOperation[] = [];
  walk(before, after, '', ops);
  return ops;
}

function walk(before: unknown, after: unknown, path: string, ops: PatchOperation[]): void {
  if (before === after) return;
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key) || after[key] === undefined)
        if (before[key] !== undefined) ops.push({ op: 'remove', path: child(path, key) });
    }
    for (const key of Object.keys(after)) {
      const value = after[key];
      if (value === undefined) continue;
      if (!Object.hasOwn(before, key) || before[key] === undefined)
        ops.push({ op: 'add', path: child(path, key), value });
      else walk(before[key], value, child(path, key), ops);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (const op of fastJsonPatch.compare(before, after) as PatchOperation[])
      ops.push({ ...op, path: path + op.path });
    return;
  }
  ops.push({ op: 'replace', path, value: after });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(path: string, key: string): string {
  return `${path}/${fastJsonPatch.escapePathComponent(key)}`;
}
