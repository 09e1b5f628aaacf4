import { describe, expect, it } from 'vitest';
import { PagerHub, SINGLE_PAGE, type PagerAction } from './remote.ts';

describe("the projector's pager hub (the remote's end on the screen)", () => {
  it('passes every action to every pager on screen', () => {
    const hub = new PagerHub();
    const first: PagerAction[] = [];
    const second: PagerAction[] = [];
    hub.register((a) => first.push(a));
    const leaving = hub.register((a) => second.push(a));
    hub.command('next');
    leaving.remove();
    hub.command('pin');
    expect(first).toEqual(['next', 'pin']);
    expect(second).toEqual(['next']);
  });

  it('reports the first pager that pages, and each change once', () => {
    const hub = new PagerHub();
    const heard: unknown[] = [];
    hub.subscribe((state) => heard.push(state));
    expect(hub.state).toEqual(SINGLE_PAGE);
    const single = hub.register(() => {});
    const paging = hub.register(() => {});
    single.update({ page: 1, pages: 1, pinned: false }); // no change: not reported
    paging.update({ page: 2, pages: 5, pinned: true });
    expect(hub.state).toEqual({ page: 2, pages: 5, pinned: true });
    paging.remove();
    expect(hub.state).toEqual(SINGLE_PAGE);
    expect(heard).toEqual([{ page: 2, pages: 5, pinned: true }, SINGLE_PAGE]);
  });
});
