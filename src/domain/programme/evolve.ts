import type { ProgrammeEvent } from './events.ts';
import type { Programme, ProgrammeBlock, ProgrammeDay } from './state.ts';
import { own } from '../ids.ts';

function withBlock(
  programme: Programme,
  id: string,
  update: (b: ProgrammeBlock) => ProgrammeBlock,
): Programme {
  const block = own(programme.blocks, id);
  return block ? { ...programme, blocks: { ...programme.blocks, [id]: update(block) } } : programme;
}

function withDays(programme: Programme, update: (day: ProgrammeDay) => ProgrammeDay): Programme {
  return { ...programme, days: programme.days.map(update) };
}

function insertAt(list: readonly string[], id: string, index: number): string[] {
  const without = list.filter((x) => x !== id);
  return [...without.slice(0, index), id, ...without.slice(index)];
}

/** Applies one programme event. `at` is the event's server time (for actual start and end). */
export function evolveProgramme(
  programme: Programme,
  event: ProgrammeEvent,
  at: number,
): Programme {
  switch (event.type) {
    case 'dayAdded':
      return {
        ...programme,
        days: [
          ...programme.days,
          { id: event.dayId, title: event.title, date: event.date, blockIds: [] },
        ],
      };
    case 'dayUpdated':
      return withDays(programme, (d) =>
        d.id === event.dayId ? { ...d, title: event.title, date: event.date } : d,
      );
    case 'dayRemoved':
      return { ...programme, days: programme.days.filter((d) => d.id !== event.dayId) };
    case 'blockAdded': {
      const block: ProgrammeBlock = {
        ...event.block,
        documents: [],
        startedAt: null,
        endedAt: null,
      };
      const next = withDays(programme, (d) =>
        d.id === block.dayId ? { ...d, blockIds: insertAt(d.blockIds, block.id, event.index) } : d,
      );
      return { ...next, blocks: { ...next.blocks, [block.id]: block } };
    }
    case 'blockUpdated': {
      const { type: _type, blockId, ...fields } = event;
      return withBlock(programme, blockId, (b) => ({ ...b, ...fields }));
    }
    case 'blockMoved': {
      const moved = withDays(programme, (d) =>
        d.id === event.dayId
          ? { ...d, blockIds: insertAt(d.blockIds, event.blockId, event.index) }
          : { ...d, blockIds: d.blockIds.filter((id) => id !== event.blockId) },
      );
      return withBlock(moved, event.blockId, (b) => ({ ...b, dayId: event.dayId }));
    }
    case 'blockRemoved': {
      const { [event.blockId]: _gone, ...blocks } = programme.blocks;
      const days = programme.days.map((d) => ({
        ...d,
        blockIds: d.blockIds.filter((id) => id !== event.blockId),
      }));
      return {
        ...programme,
        days,
        blocks,
        currentBlockId:
          programme.currentBlockId === event.blockId ? null : programme.currentBlockId,
      };
    }
    case 'blockStarted':
      return {
        ...withBlock(programme, event.blockId, (b) => ({ ...b, startedAt: at, endedAt: null })),
        currentBlockId: event.blockId,
      };
    case 'blockEnded':
      return {
        ...withBlock(programme, event.blockId, (b) => ({ ...b, endedAt: at })),
        currentBlockId:
          programme.currentBlockId === event.blockId ? null : programme.currentBlockId,
      };
    case 'documentAttached':
      return withBlock(programme, event.blockId, (b) => ({
        ...b,
        documents: [...b.documents, event.document],
      }));
    case 'documentDetached':
      return withBlock(programme, event.blockId, (b) => ({
        ...b,
        documents: b.documents.filter((d) => d.id !== event.documentId),
      }));
  }
}
