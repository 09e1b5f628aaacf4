import { createHash } from 'node:crypto';

/**
 * Name-based UUIDs (version 5 layout, SHA-1 of a namespace and a name): the same workshop and
 * the same id give the same GUID, so two exports of one workshop are the same file and a QDA
 * program that imports both sees the same codes, sources and cases.
 */
export function guidMaker(namespace: string): (name: string) => string {
  return (name) => {
    const hash = createHash('sha1').update(`${namespace}\u0000${name}`).digest();
    hash[6] = (hash[6]! & 0x0f) | 0x50;
    hash[8] = (hash[8]! & 0x3f) | 0x80;
    const hex = hash.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}
