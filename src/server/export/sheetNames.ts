/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;

/**
 * Sheet names Excel accepts, unique (Excel compares them without case): at most 31
 * characters, none of `[ ] : * ? / \`, not starting or ending with an apostrophe, never empty,
 * never "History" (reserved). A clash gets " (2)", " (3)"… within the 31 characters.
 */
export function sheetNamer(fallback: string) {
  const taken = new Set<string>();
  return (wanted: string): string => {
    let base = wanted
      .replace(/[[\]:*?/\\]|\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim();
    if (!base || base.toLowerCase() === 'history') base = fallback;
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const name = cut(base, SHEET_NAME_MAX - suffix.length).replace(/'+$/, '') + suffix;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
}

/** The first `max` characters, never splitting a surrogate pair. */
function cut(text: string, max: number): string {
  const chars = Array.from(text);
  let result = '';
  for (const c of chars) {
    if (result.length + c.length > max) break;
    result += c;
  }
  return result.trimEnd();
}
