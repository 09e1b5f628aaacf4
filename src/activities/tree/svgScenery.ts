/**
 * The drawn parts of the tree picture that do not depend on the items: crown, roots, can.
 * Plain shapes, no ids (several pictures share a page), no text.
 */
/** Where the soil starts: the crown and watering can above, the roots below. */
export const GROUND = 700;

/** The soil below the ground line, and the trunk standing on it. */
export function ground(width: number, height: number): string {
  return (
    `<rect x="0" y="${GROUND}" width="${width}" height="${height - GROUND}" fill="#f1e4cf"/>` +
    `<line x1="0" y1="${GROUND}" x2="${width}" y2="${GROUND}" stroke="#7a4a24" stroke-width="4"/>` +
    `<path d="M455 540 L545 540 L580 ${GROUND + 2} L420 ${GROUND + 2} Z" fill="#7a4a24"/>`
  );
}

/** A cloud of overlapping circles around a rounded block that holds the fruit grid. */
export function crown(): string {
  const circles: [number, number, number][] = [
    [260, 230, 140],
    [500, 215, 135],
    [740, 230, 140],
    [170, 360, 140],
    [830, 360, 140],
    [300, 500, 120],
    [700, 500, 120],
    [500, 520, 110],
  ];
  return (
    `<g fill="#d6ebcc">` +
    `<rect x="80" y="110" width="840" height="450" rx="150"/>` +
    circles.map(([cx, cy, r]) => `<circle cx="${cx}" cy="${cy}" r="${r}"/>`).join('') +
    `</g>`
  );
}

export function rootLines(): string {
  const ends = [
    [250, 745],
    [370, 760],
    [500, 755],
    [630, 760],
    [750, 745],
  ];
  return (
    `<g stroke="#7a4a24" stroke-width="9" stroke-linecap="round" fill="none">` +
    ends
      .map(
        ([x, y]) =>
          `<path d="M500 ${GROUND + 2} Q${(500 + (x ?? 0)) / 2} ${GROUND + 25} ${x} ${y}"/>`,
      )
      .join('') +
    `</g>`
  );
}

/** A watering can, its spout towards the tree, with a few drops. */
export function can(): string {
  return (
    `<g transform="translate(0 -45)">` +
    `<path d="M1100 185 L1030 128" stroke="#2b6f99" stroke-width="14" stroke-linecap="round"/>` +
    `<rect x="1012" y="112" width="30" height="26" rx="6" fill="#2b6f99" transform="rotate(-40 1027 125)"/>` +
    `<rect x="1100" y="140" width="130" height="95" rx="14" fill="#3f88b8"/>` +
    `<path d="M1230 160 q45 10 0 60" stroke="#2b6f99" stroke-width="12" fill="none"/>` +
    `<path d="M1120 140 q45 -45 90 0" stroke="#2b6f99" stroke-width="10" fill="none"/>` +
    `<path d="M990 170 q7 11 0 16 q-7 -5 0 -16z M975 200 q7 11 0 16 q-7 -5 0 -16z M1000 215 q7 11 0 16 q-7 -5 0 -16z" fill="#2b6f99"/>` +
    `</g>`
  );
}
