import type { Item } from './schema.ts';

/**
 * The form in which two items count as "the same": lower case, no punctuation, single
 * spaces, trimmed. "Respect!" and " respect " match; "Wederzijds respect" does not.
 */
export function normaliseText(text: string): string {
  return text
    .toLocaleLowerCase('nl')
    .normalize('NFC')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Items whose normalised text appears in two or more groups (in any zone), by item id.
 * Empty texts never count.
 */
export function sharedItemIds(items: Iterable<Item>): Set<string> {
  const groupsByText = new Map<string, Set<string>>();
  const list = [...items].filter((i) => normaliseText(i.text) !== '');
  for (const item of list) {
    const key = normaliseText(item.text);
    const groups = groupsByText.get(key) ?? new Set<string>();
    groups.add(item.groupId);
    groupsByText.set(key, groups);
  }
  return new Set(
    list.filter((i) => (groupsByText.get(normaliseText(i.text))?.size ?? 0) >= 2).map((i) => i.id),
  );
}

/** The shared texts themselves, once each (first wording wins), for a "named by several" list. */
export function sharedTexts(items: Iterable<Item>): { text: string; groups: number }[] {
  const seen = new Map<string, { text: string; groups: Set<string> }>();
  for (const item of items) {
    const key = normaliseText(item.text);
    if (!key) continue;
    const entry = seen.get(key) ?? { text: item.text, groups: new Set<string>() };
    entry.groups.add(item.groupId);
    seen.set(key, entry);
  }
  return [...seen.values()]
    .filter((e) => e.groups.size >= 2)
    .map((e) => ({ text: e.text, groups: e.groups.size }));
}
