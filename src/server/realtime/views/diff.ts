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
    // Removals first (as before), but looked for only when some key of `before` was not met
    // among `after`'s: a record that only grew (a hall's notes) is then walked once, not twice.
    const changes: PatchOperation[] = [];
    let kept = 0;
    for (const key of Object.keys(after)) {
      const value = after[key];
      if (value === undefined) continue;
      const old = Object.hasOwn(before, key) ? before[key] : undefined;
      if (old !== undefined) kept++;
      // Most entries of a big record are the very same object: skip them before spelling out
      // their path.
      if (old === value) continue;
      if (old === undefined) changes.push({ op: 'add', path: child(path, key), value });
      else walk(old, value, child(path, key), changes);
    }
    // Every key of `before` held a value and was met: nothing was removed.
    if (kept < Object.keys(before).length) {
      for (const key of Object.keys(before)) {
        if (before[key] !== undefined && (!Object.hasOwn(after, key) || after[key] === undefined))
          ops.push({ op: 'remove', path: child(path, key) });
      }
    }
    for (const op of changes) ops.push(op);
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
