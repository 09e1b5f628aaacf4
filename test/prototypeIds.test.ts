import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { registry } from '../src/activities/registry.ts';
import { idSchema } from '../src/domain/ids.ts';
import type { CommandAck } from '../src/domain/protocol.ts';
import { facilitatorCommandSchema } from '../src/domain/workshop/commands.ts';
import {
  connect,
  facilitatorWithWorkshop,
  http,
  join,
  socketsPerTest,
  startServer,
  type TestServer,
  type TestSocket,
} from './support/server.ts';

/**
 * Ids are data, never property names. Every id field of every command (found by walking the
 * zod schemas, so a new command is covered without touching this file), the envelope's
 * `activityId` and every id in an HTTP route get the names an object inherits. Each must be
 * refused with a coded NOT_FOUND or VALIDATION, and nothing may be stored.
 */
const INHERITED = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'];
const ACCEPTED_CODES = ['WP_ERR_NOT_FOUND', 'WP_ERR_VALIDATION'];
/** A well-formed id that names nothing, for the other id fields of a command. */
const UNKNOWN_ID = 'noSuchId00000000';

// --- Walking zod 4 schemas ----------------------------------------------------------------------

/** The parts of a zod 4 schema definition this walk reads. */
interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly innerType?: Schema;
  readonly options?: readonly Schema[];
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
}
interface Schema {
  readonly _zod: { readonly def: Def };
  safeParse(value: unknown): { success: boolean };
}
const schemaOf = (s: z.ZodType): Schema => s as unknown as Schema;
const ID = schemaOf(idSchema);
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

function unwrap(schema: Schema): Schema {
  let s = schema;
  while (WRAPPERS.has(s._zod.def.type) && s._zod.def.innerType) s = s._zod.def.innerType;
  return s;
}

type Path = readonly (string | number)[];

/** Where ids sit in a value of `schema`: fields built from idSchema, or named `…Id`/`…Ids`. */
function idPaths(schema: Schema, name = '', at: Path = []): Path[] {
  const s = unwrap(schema);
  const { type, element, shape } = s._zod.def;
  if (s === ID || (/Ids?$/.test(name) && type === 'string')) return [at];
  if (type === 'array' && element) return idPaths(element, name.replace(/s$/, ''), [...at, 0]);
  if (type === 'object' && shape)
    return Object.entries(shape).flatMap(([key, field]) => idPaths(field, key, [...at, key]));
  return [];
}

const LEAVES: readonly unknown[] = ['Een tekst voor de test', 'AAAA', '2026-05-01', '10:00', 3, 1];

/** A valid value of `schema`, as far as one can be guessed; unknown ids where ids go. */
function sample(schema: Schema): unknown {
  const def = schema._zod.def;
  if (schema === ID) return UNKNOWN_ID;
  if (def.type === 'optional') return undefined;
  if (WRAPPERS.has(def.type) && def.innerType) return sample(def.innerType);
  if (def.type === 'literal') return def.values?.[0];
  if (def.type === 'enum') return Object.values(def.entries ?? {})[0];
  if (def.type === 'union') return def.options?.[0] ? sample(def.options[0]) : undefined;
  if (def.type === 'object' && def.shape) {
    const entries = Object.entries(def.shape).map(([key, field]) => [key, sample(field)]);
    return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
  }
  if (def.type === 'array' && def.element) {
    const item = sample(def.element);
    return [[], [item], [item, item]].find((list) => schema.safeParse(list).success) ?? [];
  }
  return LEAVES.find((leaf) => schema.safeParse(leaf).success);
}

/** `value` with `id` at `path` (containers on the way made from the schema when missing). */
function withIdAt(schema: Schema, value: unknown, path: Path, id: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return id;
  const { element, shape } = unwrap(schema)._zod.def;
  if (typeof head === 'number' && element) {
    const list = Array.isArray(value) && value.length > 0 ? [...(value as unknown[])] : [];
    if (list.length === 0) list.push(sample(element));
    list[0] = withIdAt(element, list[0], rest, id);
    return list;
  }
  const field = shape?.[head];
  if (!field) throw new Error(`no field ${String(head)}`);
  const record = (value ?? sample(unwrap(schema))) as Record<string, unknown>;
  return { ...record, [head]: withIdAt(field, record[head], rest, id) };
}

interface Probe {
  readonly label: string;
  readonly command: Record<string, unknown>;
}

/** Every command of a discriminated union, once per id field and inherited name. */
function probes(union: z.ZodType): Probe[] {
  return (schemaOf(union)._zod.def.options ?? []).flatMap((option) => {
    const base = sample(option) as Record<string, unknown>;
    return idPaths(option).flatMap((path) =>
      INHERITED.map((name) => ({
        label: `${String(base.type)} ${path.join('.')}=${name}`,
        command: withIdAt(option, base, path, name) as Record<string, unknown>,
      })),
    );
  });
}

// --- Sending them --------------------------------------------------------------------------------

let server: TestServer | undefined;
const { open } = socketsPerTest(() => server);

/**
 * The gateway rate-limits commands per person (20, then 5 a second). These tests send hundreds
 * on purpose, so the gateway's clock jumps a second before each: the limit never bites.
 */
function withoutRateLimit(s: TestServer): () => void {
  let skew = 0;
  s.app.ctx.now = () => Date.now() + skew;
  return () => (skew += 1000);
}

async function setup() {
  const s = await startServer();
  server = s;
  const f = await facilitatorWithWorkshop(s);
  const tick = withoutRateLimit(s);
  const desk = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  const seqNow = async () => (await s.app.ctx.rooms.get(f.workshopId)).seq;
  return { s, f, tick, desk, seqNow };
}

type Sender = (activityId: string | null, command: Record<string, unknown>) => Promise<CommandAck>;

/** Sends every probe on every channel; returns the answers that were not a refusal we accept. */
async function refusedEverywhere(
  channels: Record<string, Sender>,
  activityId: string | null,
  list: readonly Probe[],
): Promise<string[]> {
  const unexpected: string[] = [];
  for (const [channel, send] of Object.entries(channels)) {
    for (const { label, command } of list) {
      const ack = await send(activityId, command);
      const code = ack.ok ? 'ok' : ack.error.code;
      if (!ACCEPTED_CODES.includes(code)) unexpected.push(`${channel} ${label} → ${code}`);
    }
  }
  return unexpected;
}

function channelsOf(ctx: Awaited<ReturnType<typeof setup>>, phone?: TestSocket) {
  const bySocket =
    (socket: TestSocket): Sender =>
    (activityId, command) => {
      ctx.tick();
      return socket.cmd(activityId, command as { type: string });
    };
  const channels: Record<string, Sender> = {
    http: async (activityId, command) => (await ctx.f.command(command, activityId)).body,
    facilitatorSocket: bySocket(ctx.desk),
  };
  if (phone) channels.participantSocket = bySocket(phone);
  return channels;
}

describe('inherited property names as ids', () => {
  it('the schema walk finds the id fields it should', () => {
    const labels = [
      ...probes(facilitatorCommandSchema),
      ...registry.all().flatMap((k) => probes(k.commandSchema)),
    ].map((p) => p.label);
    for (const expected of ['startActivity activityId=__proto__', 'moveBlock dayId=prototype'])
      expect(labels).toContain(expected);
    expect(labels.length).toBeGreaterThan(20 * INHERITED.length);
  });

  it('workshop-level commands: refused, nothing stored', async () => {
    const ctx = await setup();
    const before = await ctx.seqNow();
    const unexpected = await refusedEverywhere(
      channelsOf(ctx),
      null,
      probes(facilitatorCommandSchema),
    );
    expect(unexpected).toEqual([]);
    expect(await ctx.seqNow()).toBe(before);
  });

  it('workshop-level commands on an empty programme: refused, nothing stored', async () => {
    // `applyTemplate` only looks its template up when the programme is still empty.
    const ctx = await setup();
    const { s, f } = ctx;
    const created = await http<{ id: string }>(
      s,
      'POST',
      '/api/workshops',
      { title: 'Leeg' },
      f.cookie,
    );
    const room = await s.app.ctx.rooms.get(created.body.id);
    const before = room.seq;
    const send: Sender = async (activityId, command) => {
      const body = {
        clientActionId: `empty-${Math.random().toString(36).slice(2, 12)}`,
        activityId,
        command,
      };
      return (
        await http<CommandAck>(
          s,
          'POST',
          `/api/workshops/${created.body.id}/commands`,
          body,
          f.cookie,
        )
      ).body;
    };
    const unexpected = await refusedEverywhere(
      { http: send },
      null,
      probes(facilitatorCommandSchema),
    );
    expect(unexpected).toEqual([]);
    expect(room.seq).toBe(before);
  });

  it.each(registry.all().map((k) => k.kind))(
    '%s commands: refused, nothing stored',
    async (kind) => {
      const ctx = await setup();
      const added = await ctx.f.command({ type: 'addActivity', kind });
      expect(added.body).toMatchObject({ ok: true });
      const activityId = added.body.ok ? (added.body.createdId ?? '') : '';
      await ctx.f.command({ type: 'startActivity', activityId });
      const anna = await join(ctx.s, ctx.f.code, 'Anna', 'formal', ctx.f.partnershipId);
      const phone = await open({
        role: 'participant',
        workshopId: ctx.f.workshopId,
        token: anna.token,
      });
      const kindCommands = registry.get(kind)?.commandSchema;
      if (!kindCommands) throw new Error(`no kind ${kind}`);

      const before = await ctx.seqNow();
      const channels = channelsOf(ctx, phone);
      expect(await refusedEverywhere(channels, activityId, probes(kindCommands))).toEqual([]);
      expect(await ctx.seqNow()).toBe(before);
    },
  );

  it('as the envelope’s activityId: refused, nothing stored', async () => {
    const ctx = await setup();
    await ctx.f.command({ type: 'startActivity', activityId: ctx.f.activityId });
    const anna = await join(ctx.s, ctx.f.code, 'Anna', 'formal', ctx.f.partnershipId);
    const phone = await open({
      role: 'participant',
      workshopId: ctx.f.workshopId,
      token: anna.token,
    });
    const before = await ctx.seqNow();
    const channels = channelsOf(ctx, phone);
    for (const name of INHERITED) {
      const list = [{ label: `activityId=${name}`, command: { type: 'close' } }];
      expect(await refusedEverywhere(channels, name, list)).toEqual([]);
    }
    expect(await ctx.seqNow()).toBe(before);
  });

  it('in HTTP routes, join bodies and socket handshakes: refused, nothing stored', async () => {
    const ctx = await setup();
    const { s, f } = ctx;
    const before = await ctx.seqNow();
    for (const name of INHERITED) {
      const answers = [
        await http(
          s,
          'POST',
          `/api/workshops/${name}/commands`,
          {
            clientActionId: 'inherited-0001',
            command: { type: 'lockWorkshop' },
          },
          f.cookie,
        ),
        await http(s, 'POST', `/api/workshops/${name}/invites`, {}, f.cookie),
        await http(
          s,
          'POST',
          `/api/workshops/${name}/blocks/${UNKNOWN_ID}/documents`,
          {},
          f.cookie,
        ),
        await http(
          s,
          'POST',
          `/api/workshops/${f.workshopId}/blocks/${name}/documents`,
          {},
          f.cookie,
        ),
        await http(s, 'GET', `/api/documents/${name}`, undefined, f.cookie),
        await http(s, 'POST', '/api/workshops', { title: 'Sjabloon', template: name }, f.cookie),
        await http(s, 'POST', '/api/join', {
          code: f.code,
          displayName: 'Bram',
          partnershipId: name,
          side: 'informal',
          language: 'nl',
        }),
      ];
      for (const answer of answers) {
        const code = (answer.body as { error?: { code?: string } }).error?.code ?? '';
        expect(ACCEPTED_CODES, `${name}: ${JSON.stringify(answer.body)}`).toContain(code);
      }
      for (const auth of [
        { role: 'facilitator', workshopId: name },
        { role: 'participant', workshopId: name, token: 'x'.repeat(43) },
      ]) {
        const refused = await connect(s, auth, f.cookie).then(
          (socket) => {
            socket.disconnect();
            return 'connected';
          },
          (error: Error) => error.message,
        );
        expect(ACCEPTED_CODES, `${auth.role} ${name}`).toContain(refused);
      }
    }
    expect(await ctx.seqNow()).toBe(before);
    expect(await s.app.ctx.stores.events.readAfter(f.workshopId, before)).toEqual([]);
    const account = await s.app.ctx.stores.accounts.findAccountByEmail('hans@example.org');
    expect(await s.app.ctx.stores.events.listWorkshopsOf(account?.id ?? '')).toHaveLength(1);
  });
});
