import type { Actor } from '../../../domain/actors.ts';
import type { Reference } from '../../../domain/activity.ts';
import type { CommandInput } from '../../../domain/engine.ts';
import { isDomainError } from '../../../domain/errors.ts';
import { own } from '../../../domain/ids.ts';
import { orderedBlocks } from '../../../domain/programme/state.ts';
import type { WorkshopState } from '../../../domain/workshop/state.ts';
import type { SeedPersonData, SeedWorkshopData } from './data.ts';
import type { SeedParticipant, SeedPartnership, SeedRun, SeedScript } from './script.ts';

/**
 * Plays the seed's workshop through commands, on whatever runs them: the server's rooms
 * (`run.ts`) or the in-memory harness of unit tests (`testing.ts`). Nothing here writes rows:
 * every change is a command a facilitator or a phone could have sent.
 */
export interface SeedBackend {
  /** Runs one command; resolves to the id of what it made; throws when it is refused. */
  execute(actor: Actor, input: CommandInput): Promise<string | undefined>;
  state(): WorkshopState;
  references(): readonly Reference[];
  /** An id for a new participant, as joining gives one. */
  newId(): string;
}

export interface SeedPlay {
  readonly lead: Actor;
  readonly workshop: SeedWorkshopData;
  readonly people: readonly SeedPersonData[];
  readonly scripts: Readonly<Record<string, SeedScript>>;
  loadData(kind: string): Promise<unknown>;
}

/** The seed's cast: partnerships added and placeholder participants joined, in data order. */
export interface SeedCast {
  readonly partnerships: readonly SeedPartnership[];
  readonly participants: readonly SeedParticipant[];
}

/** Adds the partnerships and joins the participants, as the console and joining phones do. */
export async function castSeed(backend: SeedBackend, play: SeedPlay): Promise<SeedCast> {
  const asLead = (command: Record<string, unknown>) =>
    backend.execute(play.lead, { activityId: null, command });
  const made = await Promise.all(
    play.workshop.partnerships.map((p) => asLead({ type: 'addPartnership', ...p })),
  );
  const partnerships: SeedPartnership[] = play.workshop.partnerships.map((p, i) => {
    const id = made[i];
    if (!id) throw new Error(`seed: partnership ${p.municipality} was not added`);
    return { id, municipality: p.municipality };
  });
  const participants = play.people.map((person): SeedParticipant => {
    const partnership = partnerships.find((p) => p.municipality === person.municipality);
    if (!partnership) throw new Error(`seed: ${person.key}: unknown ${person.municipality}`);
    return { ...person, participantId: backend.newId(), partnershipId: partnership.id };
  });
  // The command the join service sends once it has checked the join code; all at once, as a
  // room of phones joins (the room stores them together).
  await Promise.all(
    participants.map((person) =>
      backend.execute(
        { kind: 'system' },
        {
          activityId: null,
          command: {
            type: 'joinWorkshop',
            participantId: person.participantId,
            displayName: person.displayName,
            partnershipId: person.partnershipId,
            side: person.side,
            language: play.workshop.defaultLanguage,
          },
        },
      ),
    ),
  );
  return { partnerships, participants };
}

/**
 * Walks the programme in order as a facilitator would: starts each block, lets the kind's
 * script play its data while an activity runs, ends the block. Returns what went wrong (a
 * script refused, bad data) so the caller can report it; one broken kind never stops the rest.
 */
export async function walkProgramme(
  backend: SeedBackend,
  play: SeedPlay,
  cast: SeedCast,
): Promise<string[]> {
  const problems: string[] = [];
  const asLead = (command: Record<string, unknown>) =>
    backend.execute(play.lead, { activityId: null, command });
  const blocks = orderedBlocks(backend.state().programme);
  const kindOf = (activityId: string | null) =>
    activityId ? own(backend.state().activities, activityId)?.kind : undefined;
  const seen = new Map<string, number>();
  for (const block of blocks) {
    const kind = kindOf(block.activityId);
    const start = asLead({ type: 'startBlock', blockId: block.id });
    if (!block.activityId || !kind) {
      // A plain item (a presentation, lunch): started and ended, so the plan shows it held.
      await Promise.all([start, asLead({ type: 'endBlock' })]);
      continue;
    }
    await start;
    const occurrence = seen.get(kind) ?? 0;
    seen.set(kind, occurrence + 1);
    const count = blocks.filter((b) => kindOf(b.activityId) === kind).length;
    try {
      const data = blockData(await play.loadData(kind), occurrence, count);
      const script = own(play.scripts, kind);
      if (script && data !== undefined)
        await script(seedRun(backend, play, cast, block.activityId, kind), data);
    } catch (error) {
      problems.push(`${kind} (${block.title}): ${describe(error)}`);
    }
    await asLead({ type: 'endBlock' });
  }
  return problems;
}

/** A kind that occurs in several blocks has an array in its file, one entry per block. */
function blockData(raw: unknown, occurrence: number, count: number): unknown {
  if (raw === undefined || count <= 1) return raw;
  if (!Array.isArray(raw)) throw new Error(`data file must hold a list: ${count} blocks`);
  return raw[occurrence] as unknown;
}

/** What a kind's script works with while its activity runs. */
export function seedRun(
  backend: SeedBackend,
  play: SeedPlay,
  cast: SeedCast,
  activityId: string,
  kind: string,
): SeedRun {
  const byKey = new Map(cast.participants.map((p) => [p.key, p]));
  return {
    activityId,
    participants: cast.participants,
    partnerships: cast.partnerships,
    present: cast.participants.map((p) => p.participantId),
    async send(as, command) {
      const person = as === 'facilitator' ? undefined : byKey.get(as);
      if (as !== 'facilitator' && !person) throw new Error(`unknown participant key "${as}"`);
      const actor: Actor = person
        ? { kind: 'participant', participantId: person.participantId }
        : play.lead;
      try {
        return await backend.execute(actor, { activityId, command });
      } catch (error) {
        throw new Error(`${kind}: ${String(command['type'])} by ${as}: ${describe(error)}`);
      }
    },
    state<S>() {
      return own(backend.state().activities, activityId)?.state as S;
    },
    references: () => backend.references(),
  };
}

function describe(error: unknown): string {
  if (isDomainError(error)) {
    const params = Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : '';
    return `${error.code}${params}`;
  }
  return error instanceof Error ? error.message : String(error);
}
