import { can } from './svgScenery.ts';

/**
 * The drawn parts of the projector's landscape tree (see svgLandscape.ts): the same tree as
 * the report's picture, laid out wide for a 16:9 screen. Crown and roots take the left two
 * thirds, the watering can its own panel on the right. Plain shapes, no ids, no text.
 */
// Wider than 16:9: the stage under the projector's title bar (and above the pager, when there
// are pages) is about 2.1 : 1 at both 1280 × 720 and 1920 × 1080.
export const LANDSCAPE = { width: 2016, height: 960 } as const;
/** Where the soil starts; the crown's cloud stays above it, the roots' list below. */
export const LANDSCAPE_GROUND = 548;
/** The left part (the tree) ends here; the watering can's panel starts just right of it. */
export const TREE_RIGHT = 1280;
export const PANEL = { x: 1290, y: 84, width: 706, height: 862 } as const;

/** The soil under the tree (not under the can's panel) and the trunk standing on it. */
export function landscapeGround(): string {
  const g = LANDSCAPE_GROUND;
  return (
    `<rect x="0" y="${g}" width="${TREE_RIGHT}" height="${LANDSCAPE.height - g}" fill="#f1e4cf"/>` +
    `<line x1="0" y1="${g}" x2="${TREE_RIGHT}" y2="${g}" stroke="#7a4a24" stroke-width="4"/>` +
    `<path d="M585 470 L715 470 L750 ${g + 2} L550 ${g + 2} Z" fill="#7a4a24"/>`
  );
}

/**
 * A wide cloud around a rounded block that holds the fruits. The circles stay below the
 * title line and above the soil, so no text of the picture is drawn over an edge of it.
 */
export function landscapeCrown(): string {
  const circles: [number, number, number][] = [
    [260, 175, 92],
    [480, 160, 78],
    [650, 165, 83],
    [820, 160, 78],
    [1040, 175, 92],
    [120, 310, 100],
    [1180, 310, 100],
    [260, 445, 85],
    [480, 465, 65],
    [650, 462, 70],
    [820, 465, 65],
    [1040, 445, 85],
  ];
  return (
    `<g fill="#d6ebcc">` +
    `<rect x="70" y="92" width="1160" height="430" rx="170"/>` +
    circles.map(([cx, cy, r]) => `<circle cx="${cx}" cy="${cy}" r="${r}"/>`).join('') +
    `</g>`
  );
}

/** Short roots fanning out under the ground line, above the roots' heading and list. */
export function landscapeRootLines(): string {
  const top = LANDSCAPE_GROUND + 2;
  const ends = [
    [470, 590],
    [560, 605],
    [650, 612],
    [740, 605],
    [830, 590],
  ];
  return (
    `<g stroke="#7a4a24" stroke-width="9" stroke-linecap="round" fill="none">` +
    ends
      .map(([x = 0, y = 0]) => `<path d="M650 ${top} Q${(650 + x) / 2} ${top + 20} ${x} ${y}"/>`)
      .join('') +
    `</g>`
  );
}

/** The can's panel on the right, with the report's watering can drawn at its top. */
export function landscapeCanPanel(): string {
  const { x, y, width, height } = PANEL;
  return (
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="28" fill="#e8f1f7"/>` +
    // can() is drawn for the report's picture (around x 975–1275, y 67–190): moved here.
    `<g transform="translate(468 50)">${can()}</g>`
  );
}
