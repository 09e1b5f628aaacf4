import type { DocumentRef, ItemType, ProgrammeBlock } from './state.ts';

/** Programme events (part of the workshop's event union; version with WORKSHOP_EVENT_VERSION). */
export type ProgrammeEvent =
  | { type: 'dayAdded'; dayId: string; title: string; date: string | null }
  | { type: 'dayUpdated'; dayId: string; title: string; date: string | null }
  | { type: 'dayRemoved'; dayId: string }
  | {
      type: 'blockAdded';
      block: Omit<ProgrammeBlock, 'startedAt' | 'endedAt' | 'documents'>;
      index: number;
    }
  | {
      type: 'blockUpdated';
      blockId: string;
      title: string;
      startTime: string | null;
      durationMin: number;
      notes: string;
      itemType: ItemType | null;
    }
  | { type: 'blockMoved'; blockId: string; dayId: string; index: number }
  | { type: 'blockRemoved'; blockId: string }
  | { type: 'blockStarted'; blockId: string }
  | { type: 'blockEnded'; blockId: string }
  | { type: 'documentAttached'; blockId: string; document: DocumentRef }
  | { type: 'documentDetached'; blockId: string; documentId: string };
