/**
 * Keys for the items of a generated report section (a list item, a paragraph, a quote, a table
 * row, a figure, a key figure). A key is made from what the item says, not from where it
 * stands, so it stays the same when other notes come in or move, and a hide follows the item.
 * FNV-1a (32 bits) is enough: keys only need to differ within one section, and a collision
 * there hides two items that look alike. Pure, so the domain and the browser compute the same.
 */
export function itemKey(type: string, text: string, occurrence = 1): string {
  const hash = fnv1a(`${type}\u0000${normaliseItemText(text)}`);
  // Two items with the same words in one section get -2, -3, …: hiding one leaves the other.
  return occurrence > 1 ? `${type}-${hash}-${occurrence}` : `${type}-${hash}`;
}

/** What a key is made of: letters as Unicode composes them, white space collapsed. */
export function normaliseItemText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The pattern an item key matches (checked on every command that names one). */
export const ITEM_KEY_PATTERN = /^[a-zA-Z]{1,12}-[0-9a-f]{8}(-[0-9]{1,4})?$/;

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
