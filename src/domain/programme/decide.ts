import type { z } from 'zod';
import type { AnyActivityKind, KindRegistry } from '../activity.ts';
import { parseKindConfig } from '../workshop/kindConfig.ts';
import type { DecideContext } from '../context.ts';
import { ensure } from '../errors.ts';
import type { Language } from '../language.ts';
import type { WorkshopEvent } from '../workshop/events.ts';
import type { WorkshopState } from '../workshop/state.ts';
import type { attachDocumentSchema, programmeCommandSchemas } from './commands.ts';
import { nextIsoDate } from './dates.ts';
import { nextBlock } from './schedule.ts';
import type { ItemType, ProgrammeBlock } from './state.ts';
import { TEMPLATES } from './templates.ts';
import { own } from '../ids.ts';

/** Programme commands, as they arrive after parsing: the output of the schemas in commands.ts. */
export type ProgrammeCommand =
  z.output<(typeof programmeCommandSchemas)[number]> | z.output<typeof attachDocumentSchema>;

interface Env {
  readonly state: WorkshopState;
  readonly ctx: DecideContext;
  readonly kinds: KindRegistry;
}

export function decideProgramme(command: ProgrammeCommand, env: Env): WorkshopEvent[] {
  const { programme } = env.state;
  const block = (id: string) => {
    const found = own(programme.blocks, id);
    ensure(found, 'WP_ERR_NOT_FOUND');
    return found;
  };
  const day = (id: string) => {
    const found = programme.days.find((d) => d.id === id);
    ensure(found, 'WP_ERR_NOT_FOUND');
    return found;
  };
  switch (command.type) {
    case 'addDay':
      return [
        { type: 'dayAdded', dayId: env.ctx.newId(), title: command.title, date: command.date },
      ];
    case 'updateDay':
      day(command.dayId);
      return [
        { type: 'dayUpdated', dayId: command.dayId, title: command.title, date: command.date },
      ];
    case 'removeDay':
      ensure(day(command.dayId).blockIds.length === 0, 'WP_ERR_NOT_EMPTY');
      return [{ type: 'dayRemoved', dayId: command.dayId }];
    case 'addBlock': {
      const target = day(command.dayId);
      const index = Math.min(command.index ?? target.blockIds.length, target.blockIds.length);
      return addBlock(env, { ...command, index, plannedKind: null });
    }
    case 'updateBlock': {
      const b = block(command.blockId);
      const { type: _t, ...fields } = command;
      return [
        {
          type: 'blockUpdated',
          ...fields,
          itemType: b.activityId ? null : (command.itemType ?? b.itemType),
        },
      ];
    }
    case 'moveBlock': {
      block(command.blockId);
      const target = day(command.dayId);
      const others = target.blockIds.filter((id) => id !== command.blockId).length;
      return [
        {
          type: 'blockMoved',
          blockId: command.blockId,
          dayId: target.id,
          index: Math.min(command.index, others),
        },
      ];
    }
    case 'removeBlock': {
      const b = block(command.blockId);
      const stop: WorkshopEvent[] = programme.currentBlockId === b.id ? endCurrent(env) : [];
      const activity: WorkshopEvent[] = b.activityId
        ? [{ type: 'activityRemoved', activityId: b.activityId }]
        : [];
      return [...stop, { type: 'blockRemoved', blockId: b.id }, ...activity];
    }
    case 'startBlock':
      return startBlock(env, block(command.blockId));
    case 'startNextBlock': {
      const next = nextBlock(
        programme,
        undefined,
        programme.currentBlockId ? programme.blocks[programme.currentBlockId] : null,
      );
      ensure(next, 'WP_ERR_NOT_FOUND');
      return startBlock(env, next);
    }
    case 'endBlock':
      ensure(programme.currentBlockId, 'WP_ERR_ACTIVITY_NOT_RUNNING');
      return endCurrent(env);
    case 'applyTemplate':
      return applyTemplate(env, command.templateId);
    case 'attachDocument':
      block(command.blockId);
      return [{ type: 'documentAttached', blockId: command.blockId, document: command.document }];
    case 'detachDocument': {
      const b = block(command.blockId);
      ensure(
        b.documents.some((d) => d.id === command.documentId),
        'WP_ERR_NOT_FOUND',
      );
      return [{ type: 'documentDetached', blockId: b.id, documentId: command.documentId }];
    }
  }
}

/** Starting a block ends the current one; a live block also starts its activity. */
export function startBlock(env: Env, target: ProgrammeBlock): WorkshopEvent[] {
  const { state } = env;
  if (
    state.programme.currentBlockId === target.id &&
    (!target.activityId || state.currentActivityId === target.activityId)
  ) {
    return [];
  }
  const events: WorkshopEvent[] =
    state.programme.currentBlockId && state.programme.currentBlockId !== target.id
      ? endCurrent(env)
      : [];
  const running = state.currentActivityId ? state.activities[state.currentActivityId] : undefined;
  if (
    running?.status === 'running' &&
    running.id !== target.activityId &&
    !events.some((e) => e.type === 'activityStopped')
  ) {
    events.push({ type: 'activityStopped', activityId: running.id });
  }
  if (state.programme.currentBlockId !== target.id)
    events.push({ type: 'blockStarted', blockId: target.id });
  if (target.activityId && state.activities[target.activityId]?.status !== 'running') {
    events.push({ type: 'activityStarted', activityId: target.activityId });
  }
  return events;
}

/** Ends the current block, stopping its activity if it runs. */
export function endCurrent(env: Env): WorkshopEvent[] {
  const { state } = env;
  const current = state.programme.currentBlockId
    ? state.programme.blocks[state.programme.currentBlockId]
    : undefined;
  if (!current) return [];
  const events: WorkshopEvent[] = [];
  if (current.activityId && state.activities[current.activityId]?.status === 'running') {
    events.push({ type: 'activityStopped', activityId: current.activityId });
  }
  events.push({ type: 'blockEnded', blockId: current.id });
  return events;
}

/** A block for a kind this build knows becomes a live activity; otherwise a plain item. */
function addBlock(
  env: Env,
  spec: {
    dayId: string;
    title: string;
    startTime: string | null;
    durationMin: number;
    notes: string;
    kind: string | null;
    itemType: ItemType | null;
    index: number;
    plannedKind: string | null;
    /** Settings over the kind's defaults (a template's plenary question), checked by its schema. */
    config?: Readonly<Record<string, unknown>>;
  },
): WorkshopEvent[] {
  const kind = spec.kind ? env.kinds.get(spec.kind) : undefined;
  const blockId = env.ctx.newId();
  const base = {
    id: blockId,
    dayId: spec.dayId,
    title: spec.title,
    startTime: spec.startTime,
    durationMin: spec.durationMin,
    notes: spec.notes,
  };
  if (!kind) {
    const block = {
      ...base,
      activityId: null,
      itemType: spec.itemType ?? 'other',
      plannedKind: spec.kind ?? spec.plannedKind,
    };
    return [{ type: 'blockAdded', block, index: spec.index }];
  }
  const activityId = env.ctx.newId();
  return [
    {
      type: 'activityAdded',
      activityId,
      kind: kind.kind,
      title: spec.title,
      config: configFor(kind, env.state.defaultLanguage, spec.config),
      configVersion: kind.version,
    },
    {
      type: 'blockAdded',
      block: { ...base, activityId, itemType: null, plannedKind: null },
      index: spec.index,
    },
  ];
}

/** A kind's defaults, with a template's settings over them when it has any. */
function configFor(
  kind: AnyActivityKind,
  language: Language,
  settings: Readonly<Record<string, unknown>> | undefined,
): unknown {
  const defaults = kind.defaultConfig(language);
  if (!settings) return defaults;
  return parseKindConfig(kind, { ...(defaults as object), ...settings }, language);
}

/** An activity added without a programme place lands at the end of the last day. */
export function blockForNewActivity(env: Env, activityId: string, title: string): WorkshopEvent[] {
  const events: WorkshopEvent[] = [];
  let dayId = env.state.programme.days.at(-1)?.id;
  if (!dayId) {
    dayId = env.ctx.newId();
    events.push({
      type: 'dayAdded',
      dayId,
      title: dayTitle(env.state.defaultLanguage, 1),
      date: env.state.startsOn,
    });
  }
  const index = env.state.programme.days.at(-1)?.blockIds.length ?? 0;
  const block = {
    id: env.ctx.newId(),
    dayId,
    title,
    startTime: null,
    durationMin: 30,
    notes: '',
    activityId,
    itemType: null,
    plannedKind: null,
  };
  events.push({ type: 'blockAdded', block, index });
  return events;
}

function applyTemplate(env: Env, templateId: string): WorkshopEvent[] {
  const template = own(TEMPLATES, templateId);
  ensure(template, 'WP_ERR_NOT_FOUND');
  ensure(Object.keys(env.state.programme.blocks).length === 0, 'WP_ERR_NOT_EMPTY');
  const language = env.state.defaultLanguage;
  const events: WorkshopEvent[] = [];
  template.days.forEach((templateDay, i) => {
    const dayId = env.ctx.newId();
    const date = env.state.startsOn ? nextIsoDate(env.state.startsOn, i) : null;
    events.push({ type: 'dayAdded', dayId, title: templateDay.title[language], date });
    templateDay.blocks.forEach((b, index) => {
      events.push(
        ...addBlock(env, {
          dayId,
          title: b.title[language],
          startTime: b.start,
          durationMin: b.minutes,
          notes: b.notes?.[language] ?? '',
          kind: b.kind ?? null,
          itemType: b.itemType ?? null,
          index,
          plannedKind: null,
          ...(b.config ? { config: b.config[language] } : {}),
        }),
      );
    });
  });
  return events;
}

function dayTitle(language: Language, n: number): string {
  return language === 'en' ? `Day ${n}` : `Dag ${n}`;
}
