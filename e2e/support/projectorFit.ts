import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What one page of a projector view showed, measured in the browser. */
interface PageCheck {
  readonly scroll: { height: number; width: number; innerHeight: number; innerWidth: number };
  /** Texts drawn outside the screen or clipped by their list's box. */
  readonly clipped: string[];
  /** Texts smaller than the floor (labels 20 px; items `minBody`; a picture's headings 1.25 × it). */
  readonly small: string[];
  /** List items, and the items a picture (the tree) draws as text. */
  readonly items: string[];
  readonly pager: string | null;
}

/** Runs in the page: checks the visible projector page (not FitPages' hidden measuring copy). */
function checkPage(minBody: number): PageCheck {
  const root = document.querySelector('main')!;
  const hidden = (el: Element) =>
    !!el.closest('.wp-fit__measure, .wp-visually-hidden, [aria-hidden="true"], svg');
  const texty = [...root.querySelectorAll('*')].filter(
    (el) =>
      !hidden(el) &&
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
  );
  const within = (r: DOMRect, b: { top: number; bottom: number; left: number; right: number }) =>
    r.top >= b.top - 0.5 &&
    r.bottom <= b.bottom + 0.5 &&
    r.left >= b.left - 0.5 &&
    r.right <= b.right + 0.5;
  const screen = { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
  const clipped: string[] = [];
  const small: string[] = [];
  const label = (el: Element) => (el.textContent ?? '').trim().slice(0, 60);
  for (const el of texty) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const box = el.closest('.wp-fit__box');
    if (!within(r, screen) || (box && !within(r, box.getBoundingClientRect())))
      clipped.push(label(el));
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 20 - 0.01) small.push(`${label(el)} (${size.toFixed(1)} px)`);
  }
  const items = [...root.querySelectorAll('.wp-fit__page .wp-fit__list > *')].map((li) => {
    const r = li.getBoundingClientRect();
    const box = li.closest('.wp-fit__box')!.getBoundingClientRect();
    if (!within(r, screen) || !within(r, box)) clipped.push(`item: ${label(li)}`);
    // An item's body (its largest text; labels such as "Kracht" may be smaller) must be big.
    const sizes = texty
      .filter((el) => li.contains(el))
      .map((el) => parseFloat(getComputedStyle(el).fontSize));
    if (sizes.length && Math.max(...sizes) < minBody - 0.01)
      small.push(`item: ${label(li)} (${Math.max(...sizes).toFixed(1)} px)`);
    return (li.textContent ?? '').trim();
  });
  // Pictures (the tree) mark their texts with data-part; their size is the SVG's font size
  // times the picture's scale on this screen. Headings must be larger than the items' floor.
  const drawn = [...root.querySelectorAll('svg text[data-part]')].filter(
    (el) => !el.closest('.wp-fit__measure, [aria-hidden="true"]'),
  );
  const rects = drawn.map((el) => el.getBoundingClientRect());
  for (const [i, el] of drawn.entries()) {
    const ctm = (el as SVGTextElement).getScreenCTM()!;
    const svg = (el as SVGTextElement).ownerSVGElement!;
    const view = svg.viewBox.baseVal;
    const picture = {
      left: ctm.e,
      top: ctm.f,
      right: ctm.e + view.width * ctm.a,
      bottom: ctm.f + view.height * ctm.d,
    };
    const part = el.getAttribute('data-part');
    const px = parseFloat(el.getAttribute('font-size') ?? '0') * ctm.a;
    const floor = part === 'label' ? minBody * 1.25 : minBody;
    if (px < floor - 0.01) small.push(`${part}: ${label(el)} (${px.toFixed(1)} px)`);
    const r = rects[i]!;
    if (!within(r, screen) || !within(r, picture)) clipped.push(`${part}: ${label(el)}`);
    // Widths in the picture are estimated from character counts: check no text runs into another.
    for (const [j, other] of rects.entries())
      if (
        j > i &&
        r.left < other.right - 1 &&
        other.left < r.right - 1 &&
        r.top < other.bottom - 1 &&
        other.top < r.bottom - 1
      )
        clipped.push(`overlap: ${label(el)} / ${label(drawn[j]!)}`);
    if (part === 'item') items.push((el.textContent ?? '').trim());
  }
  const scroller = document.scrollingElement!;
  return {
    scroll: {
      height: scroller.scrollHeight,
      width: scroller.scrollWidth,
      innerHeight,
      innerWidth,
    },
    clipped,
    small,
    items,
    pager: document.querySelector('.wp-fit__count')?.textContent?.trim() ?? null,
  };
}

/** Measuring done and the page's fade-in over (colours are checked at full strength). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('.wp-fit__measure') &&
      document.getAnimations().every((a) => a.playState !== 'running'),
  );
}

/**
 * Walks every page of the projector view (pinned, so the rotation does not turn a page under
 * the check) and asserts that nothing scrolls, nothing is clipped and nothing is too small.
 * Returns every list item seen, over all pages.
 */
export async function walkPages(page: Page, label: string, minBody: number): Promise<string[]> {
  await settled(page);
  const first = await page.evaluate(checkPage, minBody);
  const total = first.pager ? Number(first.pager.split('/')[1]) : 1;
  const pin = page.getByRole('button', { name: 'Pagina vastzetten' });
  if (total > 1) await pin.click();
  const seen = new Set<string>();
  let check = first;
  for (let i = 0; i < total; i++) {
    if (i > 0) {
      const before = check.pager;
      await page.getByRole('button', { name: 'Volgende pagina' }).click();
      await page.waitForFunction(
        (b) => document.querySelector('.wp-fit__count')?.textContent?.trim() !== b,
        before,
      );
      await settled(page);
      check = await page.evaluate(checkPage, minBody);
    }
    const where = `${label}, page ${check.pager ?? '1 / 1'}`;
    expect(check.scroll.height, `${where}: scrolls vertically`).toBeLessThanOrEqual(
      check.scroll.innerHeight,
    );
    expect(check.scroll.width, `${where}: scrolls sideways`).toBeLessThanOrEqual(
      check.scroll.innerWidth,
    );
    expect(check.clipped, `${where}: clipped`).toEqual([]);
    expect(check.small, `${where}: too small`).toEqual([]);
    for (const item of check.items) seen.add(item);
  }
  if (total > 1) await pin.click();
  return [...seen];
}

/** The world's helpers the fill-up needs: the session, as `browserSession()` returns it. */
type Session = ReturnType<typeof import('./session.ts').browserSession>;

const FIRST_NAMES = ['Fenna', 'Ilham', 'Sem', 'Naima', 'Bram', 'Chadia', 'Joost', 'Aylin'];

/** Participants joined by the server's own join command, as the join page sends it. */
export async function joinMany(
  s: Session,
  from: number,
  to: number,
  newId: () => string,
): Promise<string[]> {
  const ids: string[] = [];
  // Numbered on from `from`, so sides alternate over everyone joined, batch after batch.
  for (let i = from; i < to; i++) {
    const participantId = newId();
    const side = i % 2 ? 'informal' : 'formal';
    const outcome = await s.server.app.ctx.rooms.execute(
      s.server.workshopId,
      { kind: 'system' },
      {
        activityId: null,
        command: {
          type: 'joinWorkshop',
          participantId,
          // Unique first names: the projector names pairs by first name.
          displayName: `${FIRST_NAMES[i % FIRST_NAMES.length]}${Math.floor(i / FIRST_NAMES.length) + 1} ${side === 'formal' ? 'de Vries' : 'El Amrani'}`,
          partnershipId: null,
          side,
          language: 'nl',
        },
      },
    );
    if (!outcome.ok) throw new Error(`join refused: ${outcome.error.code}`);
    ids.push(participantId);
  }
  return ids;
}

/** A participant's command, through the room as a phone's socket delivers it. */
export async function asParticipant(
  s: Session,
  participantId: string,
  activityId: string,
  command: Record<string, unknown>,
): Promise<void> {
  const outcome = await s.server.app.ctx.rooms.execute(
    s.server.workshopId,
    { kind: 'participant', participantId },
    { activityId, command },
  );
  if (!outcome.ok) throw new Error(`${String(command.type)} refused: ${outcome.error.code}`);
}

/** The workshop's state as the server holds it now. */
export async function workshopState(s: Session) {
  return (await s.server.app.ctx.rooms.get(s.server.workshopId)).state;
}

/** A new activity of `kind` (a fresh one, so its phases start from the beginning). */
export async function newActivity(s: Session, kind: string, config?: unknown): Promise<string> {
  const before = new Set(Object.keys((await workshopState(s)).activities));
  await s.command({ type: 'addActivity', kind, ...(config ? { config } : {}) });
  const id = Object.keys((await workshopState(s)).activities).find((a) => !before.has(a));
  if (!id) throw new Error(`no new ${kind} activity`);
  return id;
}

/** The smallest and largest rendered size (px) of a picture's items and headings on screen now. */
export async function pictureTextSizes(page: Page) {
  return page.evaluate(() => {
    const sizes = (part: string) =>
      [...document.querySelectorAll(`main svg text[data-part="${part}"]`)].map(
        (el) =>
          parseFloat(el.getAttribute('font-size') ?? '0') *
          (el as SVGTextElement).getScreenCTM()!.a,
      );
    const range = (list: number[]) =>
      list.length ? [Math.min(...list), Math.max(...list)].map((n) => Math.round(n * 10) / 10) : [];
    return { items: range(sizes('item')), labels: range(sizes('label')) };
  });
}
