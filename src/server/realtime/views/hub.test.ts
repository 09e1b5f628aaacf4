import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import fastJsonPatch, { type Operation } from 'fast-json-patch';
import { defineActivityKind, type AnyActivityKind } from '../../../domain/activity.ts';
import type { Viewer } from '../../../domain/actors.ts';
import { ensure } from '../../../domain/errors.ts';
import type { PatchMessage, Sync, ViewMessage } from '../../../domain/protocol.ts';
import { registryOf } from '../../../domain/testing/fakeKind.ts';
import { FACILITATOR as STAFF, workshopHarness } from '../../../domain/testing/workshopHarness.ts';
import {
  FACILITATOR,
  parseViewKey,
  PROJECTOR,
  type ViewPart,
} from '../../../domain/views/audience.ts';
import { own } from '../../../domain/ids.ts';
import { STAFF_GAP_MS, WorkshopViews, type Broadcast, type ViewSocket } from './hub.ts';
import { wantedViews } from './wanted.ts';

/**
 * The hub with fake sockets: one view per audience, patched per batch, staff at once and
 * phones on the tick. A small kind with teams stands in for the real ones: a team's notes
 * reach only that team; the projector gets counts; authors stay with the facilitators.
 */
interface Note {
  readonly team: string;
  readonly text: string;
  readonly authorId: string;
}
interface TeamsState {
  readonly notes: Readonly<Record<string, Note>>;
  readonly teamOf: Readonly<Record<string, string>>;
}
/** Facilitators get the notes with authors, the projector counts, a team its own texts. */
interface TeamsView {
  readonly notes?: Readonly<Record<string, Note>>;
  readonly texts?: Readonly<Record<string, string>>;
  readonly counts?: Readonly<Record<string, number>>;
  readonly mine?: readonly string[];
}
type TeamsEvent =
  | { type: 'noteAdded'; noteId: string; team: string; text: string; authorId: string }
  | { type: 'moved'; participantId: string; team: string };

const teamOf = (state: TeamsState, id: string, side: string) => own(state.teamOf, id) ?? side;
const countsOf = (state: TeamsState) => {
  const counts: Record<string, number> = {};
  for (const note of Object.values(state.notes)) counts[note.team] = (counts[note.team] ?? 0) + 1;
  return counts;
};

const teams = defineActivityKind({
  kind: 'teams',
  version: 1,
  configSchema: z.object({}),
  commandSchema: z.discriminatedUnion('type', [
    z.object({ type: z.literal('addNote'), text: z.string().min(1) }),
    z.object({ type: z.literal('move'), participantId: z.string(), team: z.string() }),
  ]),
  messages: { nl: {}, en: {} },
  defaultConfig: () => ({}),
  initialState: (): TeamsState => ({ notes: {}, teamOf: {} }),
  participantCommands: ['addNote'],
  decide: (command, state, ctx): TeamsEvent[] => {
    if (command.type === 'move') return [{ ...command, type: 'moved' }];
    ensure(ctx.participant, 'WP_ERR_FORBIDDEN');
    const team = teamOf(state, ctx.participant.id, ctx.participant.side);
    const authorId = ctx.participant.id;
    return [{ type: 'noteAdded', noteId: ctx.newId(), team, text: command.text, authorId }];
  },
  evolve: (state, event) =>
    event.type === 'moved'
      ? { ...state, teamOf: { ...state.teamOf, [event.participantId]: event.team } }
      : { ...state, notes: { ...state.notes, [event.noteId]: event } },
  audienceOf: (state, participant) => `team:${teamOf(state, participant.id, participant.side)}`,
  view: (state, audience): ViewPart<TeamsView> => {
    if (audience === FACILITATOR)
      return {
        data: { notes: state.notes },
        people: Object.values(state.notes).map((n) => n.authorId),
      };
    if (audience === PROJECTOR) return { data: { counts: countsOf(state) } };
    const texts: Record<string, string> = {};
    for (const [id, note] of Object.entries(state.notes))
      if (`team:${note.team}` === audience) texts[id] = note.text;
    return { data: { texts, counts: countsOf(state) } };
  },
  overlay: (state, participantId) => ({
    data: Object.keys(state.notes).filter((id) => state.notes[id]?.authorId === participantId),
  }),
  personalize: (view: TeamsView, mine: readonly string[]): TeamsView => ({ ...view, mine }),
  reaches: (event) => [event.type === 'moved' ? event.participantId : event.authorId],
  report: () => [],
}) as AnyActivityKind;

const BATCH_MS = 20;

/** A view as a client holds it. */
interface HeldView {
  readonly version: number;
  readonly data: unknown;
  readonly people: unknown;
}
const held = (m: ViewMessage): HeldView => ({ version: m.version, data: m.data, people: m.people });

/** Plain RFC 6902 (not the browser's Immer): the patches must be standard JSON Patch. */
function applyPatch(view: HeldView, ops: PatchMessage['ops'], to: number): HeldView {
  const doc = { data: view.data, people: view.people };
  const next = fastJsonPatch.applyPatch(doc, ops as Operation[], true, false).newDocument;
  return { version: to, ...next };
}

/** A connection as the hub sees it, holding its views the way the browser does. */
class FakeSocket implements ViewSocket {
  readonly rooms = new Set<string>();
  readonly inbox: { event: string; payload: unknown }[] = [];
  views = new Map<string, HeldView>();
  answer: Sync | null = null;
  readonly gaps: PatchMessage[] = [];
  constructor(
    readonly id: string,
    readonly viewer: Viewer,
  ) {}
  join(room: string) {
    this.rooms.add(room);
  }
  leave(room: string) {
    this.rooms.delete(room);
  }
  emit(event: string, payload: unknown) {
    this.receive(event, payload);
  }
  /** What arrived since the last call, as JSON (for "the secret never arrives"). */
  take(): string {
    return JSON.stringify(this.inbox.splice(0));
  }
  receive(event: string, payload: unknown) {
    const message = JSON.parse(JSON.stringify(payload)) as never; // over the wire
    this.inbox.push({ event, payload: message });
    if (event === 'view') this.views.set((message as ViewMessage).view, held(message));
    if (event === 'viewDropped') this.views.delete((message as { view: string }).view);
    if (event !== 'patch') return;
    const patch = message as PatchMessage;
    const view = this.views.get(patch.view);
    if (view?.version === patch.from)
      this.views.set(patch.view, applyPatch(view, patch.ops, patch.to));
    else this.gaps.push(patch);
  }
}

function scene() {
  const h = workshopHarness(registryOf(teams)).create();
  h.join('anna', 'formal').join('bram', 'formal').join('chadia', 'informal');
  const activityId = h.startActivity('teams');
  const sockets: FakeSocket[] = [];
  const sent: { room: string; event: string }[] = [];
  const broadcast: Broadcast = {
    to(room, event, payload) {
      const rooms = typeof room === 'string' ? [room] : room;
      for (const r of rooms) sent.push({ room: r, event });
      // As in Socket.IO, every socket is also in a room named by its own id; once per socket.
      for (const s of sockets)
        if (rooms.some((r) => r === s.id || s.rooms.has(r))) s.receive(event, payload);
    },
  };
  const room = {
    workshopId: 'w1',
    get state() {
      return h.state;
    },
    get seq() {
      return h.log.length;
    },
  };
  const hub = new WorkshopViews(h.engine, room, broadcast, BATCH_MS);
  let heard = h.log.length;
  /** Runs commands as a room does: the hub hears of the events once they are applied. */
  const act = (fn: () => unknown) => {
    fn();
    const fresh = h.log.slice(heard);
    heard = h.log.length;
    if (fresh.length > 0) hub.applied(fresh);
  };
  const attach = (id: string, viewer: Viewer) => {
    const socket = new FakeSocket(id, viewer);
    sockets.push(socket);
    hub.attach(socket, viewer, (sync) => {
      socket.answer = sync;
      socket.views = new Map(sync.views.map((v) => [v.view, held(v)]));
    });
    return socket;
  };
  const phone = (id: string) =>
    attach(`s-${id}`, {
      kind: 'participant',
      participantId: id,
      side: h.state.participants[id]?.side ?? 'formal',
      partnershipId: null,
    });
  const facilitator = () => attach('s-fac', { kind: 'facilitator', accountId: 'fac1' });
  const projector = () => attach('s-proj', { kind: 'projector' });
  const tick = () => vi.advanceTimersByTime(BATCH_MS);
  const note = (who: string, text: string) =>
    act(() =>
      h.activity({ kind: 'participant', participantId: who }, activityId, {
        type: 'addNote',
        text,
      }),
    );
  /** Every view the socket holds equals a fresh computation, and it holds just what it should. */
  const expectCurrent = (socket: FakeSocket) => {
    expect([...socket.views.keys()].sort()).toEqual(
      wantedViews(h.engine, h.state, socket.viewer).sort(),
    );
    for (const [key, view] of socket.views) {
      const fresh = h.engine.views.computeView(h.state, parseViewKey(key)!);
      expect({ data: view.data, people: view.people }, key).toEqual(
        JSON.parse(JSON.stringify(fresh)),
      );
    }
  };
  return {
    h,
    hub,
    activityId,
    sent,
    act,
    phone,
    facilitator,
    projector,
    tick,
    note,
    expectCurrent,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the views hub', () => {
  it('answers staff at once and phones on the next tick, each with its own views', () => {
    const s = scene();
    const console_ = s.facilitator();
    expect(console_.answer?.views.map((v) => v.view).sort()).toEqual(
      ['w/facilitator', `a/${s.activityId}/facilitator`].sort(),
    );
    const anna = s.phone('anna');
    expect(anna.answer).toBeNull();
    s.tick();
    expect(anna.answer?.seq).toBe(s.h.log.length);
    expect(anna.answer?.views.map((v) => v.view).sort()).toEqual(
      [
        'w/participants',
        'me/anna',
        `a/${s.activityId}/team:formal`,
        `o/${s.activityId}/anna`,
      ].sort(),
    );
    for (const v of anna.answer?.views ?? []) expect(v.version).toBeLessThanOrEqual(s.h.log.length);
    s.expectCurrent(anna);
    s.expectCurrent(console_);
  });

  it("sends a team's note to that team on the tick, to staff at once, and never to the other team", () => {
    const s = scene();
    const console_ = s.facilitator();
    const screen = s.projector();
    const [anna, bram, chadia] = ['anna', 'bram', 'chadia'].map(s.phone);
    s.tick();
    for (const socket of [console_, screen, anna!, bram!, chadia!]) socket.take();

    s.note('anna', 'geheim van formeel');
    expect(console_.take()).toContain('geheim van formeel');
    expect(screen.take()).toContain('/data/counts/formal');
    expect(bram!.take()).toBe('[]'); // phones wait for the tick
    s.tick();
    const bramGot = bram!.take();
    expect(bramGot).toContain('geheim van formeel');
    expect(bramGot).not.toContain('"authorId"');
    expect(chadia!.take()).not.toContain('geheim van formeel');
    // Anna acted: her overlay names her note, and `synced` settles her command.
    expect(anna!.take()).toContain(`"event":"synced","payload":{"seq":${s.h.log.length}}`);
    for (const socket of [console_, screen, anna!, bram!, chadia!]) s.expectCurrent(socket);
  });

  it('patches go from the version held to the log position, one per view per tick', () => {
    const s = scene();
    const chadia = s.phone('chadia');
    s.tick();
    const key = `a/${s.activityId}/team:informal`;
    const before = chadia.views.get(key)!.version;
    chadia.take();
    for (let i = 0; i < 10; i++) s.note('chadia', `snel ${i}`);
    s.tick();
    const patches = chadia.inbox.filter(
      (m) => m.event === 'patch' && (m.payload as PatchMessage).view === key,
    );
    expect(patches).toHaveLength(1);
    expect(patches[0]?.payload).toMatchObject({ from: before, to: s.h.log.length });
    expect(chadia.gaps).toEqual([]);
    s.expectCurrent(chadia);
  });

  it("a phone's hello answered during a burst holds exactly the version the next patch starts from", () => {
    const s = scene();
    s.phone('anna');
    s.tick();
    s.note('anna', 'een');
    const bram = s.phone('bram'); // waits for the same tick as Anna's patch
    s.note('anna', 'twee');
    s.tick();
    s.note('anna', 'drie');
    s.tick();
    expect(bram.gaps).toEqual([]);
    s.expectCurrent(bram);
  });

  it('batches closer together than the staff gap reach staff together, right after it', () => {
    const s = scene();
    const console_ = s.facilitator();
    s.phone('anna');
    s.tick();
    console_.take();
    s.note('anna', 'eerste');
    expect(console_.take()).toContain('eerste'); // at once
    s.note('anna', 'tweede');
    s.note('anna', 'derde');
    expect(console_.take()).toBe('[]'); // within the gap: waits
    vi.advanceTimersByTime(STAFF_GAP_MS);
    const later = console_.inbox.filter((m) => m.event === 'patch');
    expect(later).toHaveLength(1); // one patch for both
    expect(console_.take()).toContain('derde');
    s.expectCurrent(console_);
  });

  it('a join costs the phones nothing: only staff views change', () => {
    const s = scene();
    const console_ = s.facilitator();
    const phones = ['anna', 'bram', 'chadia'].map(s.phone);
    s.tick();
    for (const p of phones) p.take();
    console_.take();
    s.act(() => s.h.join('dirk', 'informal', 'Dirk'));
    s.tick();
    for (const p of phones) expect(p.take()).toBe('[]');
    expect(console_.take()).toContain('Dirk');
    s.expectCurrent(console_);
  });

  it('a participant moved to another team drops the old view and gets the new one whole', () => {
    const s = scene();
    const [anna, bram] = ['anna', 'bram'].map(s.phone);
    s.tick();
    s.note('chadia', 'informeel');
    s.tick();
    anna!.take();
    bram!.take();
    s.act(() =>
      s.h.activity(STAFF, s.activityId, { type: 'move', participantId: 'anna', team: 'informal' }),
    );
    const got = anna!.take();
    expect(got).toContain(
      `"event":"viewDropped","payload":{"view":"a/${s.activityId}/team:formal"}`,
    );
    expect(got).toContain(`"view":"a/${s.activityId}/team:informal"`);
    expect(got).toContain('informeel');
    s.tick();
    expect(bram!.take()).toBe('[]');
    s.expectCurrent(anna!);
    s.expectCurrent(bram!);
  });

  it('starting another activity moves phones and the projector to it', () => {
    const s = scene();
    const anna = s.phone('anna');
    const screen = s.projector();
    s.tick();
    let second = '';
    s.act(() => (second = s.h.startActivity('teams')));
    s.tick();
    expect(anna.views.has(`a/${second}/team:formal`)).toBe(true);
    expect(anna.views.has(`a/${s.activityId}/team:formal`)).toBe(false);
    expect(screen.views.has(`a/${second}/projector`)).toBe(true);
    s.expectCurrent(anna);
    s.expectCurrent(screen);
  });

  it('resends a view only to a socket that holds it', () => {
    const s = scene();
    const anna = s.phone('anna');
    s.tick();
    s.note('bram', 'voor het team');
    s.tick();
    const own = s.hub.resend(anna, `a/${s.activityId}/team:formal`);
    expect(own?.version).toBe(anna.views.get(`a/${s.activityId}/team:formal`)?.version);
    expect(JSON.stringify(own)).toContain('voor het team');
    expect(s.hub.resend(anna, `a/${s.activityId}/team:informal`)).toBeNull();
    expect(s.hub.resend(anna, `a/${s.activityId}/facilitator`)).toBeNull();
    expect(s.hub.resend(anna, `o/${s.activityId}/bram`)).toBeNull();
    expect(s.hub.resend(anna, 'me/bram')).toBeNull();
    expect(s.hub.resend(anna, 'nonsense')).toBeNull();
  });

  it('a participant who sent a command that changed nothing still gets `synced` on the tick', () => {
    const s = scene();
    const anna = s.phone('anna');
    s.tick();
    s.act(() => s.h.join('dirk', 'informal')); // the log moves on without Anna
    s.tick();
    anna.take();
    s.hub.noteActor('anna');
    s.tick();
    expect(anna.take()).toContain(`"event":"synced","payload":{"seq":${s.h.log.length}}`);
  });

  it('forgets views nobody holds, and is empty when the last socket leaves', () => {
    const s = scene();
    const anna = s.phone('anna');
    const console_ = s.facilitator();
    s.tick();
    s.hub.detach(anna);
    s.sent.length = 0;
    s.note('bram', 'niemand luistert');
    s.tick();
    expect(s.sent.some((m) => m.room.includes('team:formal'))).toBe(false);
    expect(s.hub.isEmpty).toBe(false);
    s.hub.detach(console_);
    expect(s.hub.isEmpty).toBe(true);
  });

  it("a note recomputes the shared views and the author's own, never other people's", () => {
    const s = scene();
    const people = ['anna', 'bram', 'chadia'].map(s.phone);
    s.facilitator();
    s.tick();
    const compute = vi.spyOn(s.h.engine.views, 'computeView');
    s.note('anna', 'alleen mijn eigen views');
    s.tick();
    const computed = compute.mock.calls.map(([, ref]) => ref);
    const personal = computed.flatMap((ref) =>
      ref.scope === 'me' || ref.scope === 'overlay' ? [ref.participantId] : [],
    );
    expect(new Set(personal)).toEqual(new Set(['anna']));
    expect(computed.some((ref) => ref.scope === 'activity')).toBe(true);
    for (const socket of people) s.expectCurrent(socket!);
    compute.mockRestore();
  });
});
