import type { ChildProcess } from 'node:child_process';
import type { Person } from './api.ts';
import type { ClientKind } from './benchClient.ts';

/** What the orchestrator asks a load generator, and what it answers (over the IPC channel). */
export interface Requests {
  connect: {
    args: {
      url: string;
      workshopId: string;
      people: Person[];
      concurrency: number;
      keepDocs: boolean;
      client: ClientKind;
    };
    result: { connectMs: number[]; startedAt: number; endedAt: number; failures: string[] };
  };
  reset: { args: { watch: string | null }; result: null };
  send: {
    args: {
      activityId: string;
      startAt: number;
      count: number;
      intervalMs: number;
      textBytes: number;
    };
    result: { notes: SentNote[] };
  };
  analyze: { args: { notes: AckedNote[]; textFor: 'side' | 'all' }; result: Analysis };
  traffic: { args: null; result: Traffic };
  storm: {
    args: {
      url: string;
      code: string;
      workshopId: string;
      indices: number[];
      total: number;
      startAt: number;
      windowMs: number;
      client: ClientKind;
    };
    result: { joins: StormJoin[]; failures: string[] };
  };
  close: { args: null; result: null };
}

export type Op = keyof Requests;

export interface SentNote {
  readonly id: string;
  readonly side: 'formal' | 'informal';
  readonly sentAt: number;
  readonly ackAt: number;
  readonly ok: boolean;
  readonly seq: number;
  readonly error: string | null;
}

export type AckedNote = Pick<SentNote, 'id' | 'side' | 'sentAt' | 'seq'>;

export interface Analysis {
  /** Per (note, phone that may read it): send → first arrival of its text. */
  readonly text: [number, number][];
  /** Per (note, phone that gets only counts): send → first view version covering it. */
  readonly count: [number, number][];
  /** Per note: [id, slowest text arrival, phones with text, slowest count, phones with count]. */
  readonly perNote: [string, number, number, number, number][];
  /** (note, phone) pairs that should have had the text and never did. */
  readonly lost: number;
  /** Extra arrivals of a note's text at a phone that already had it. */
  readonly duplicates: number;
  /** A note's text at a phone that should only have had a count (a privacy leak). */
  readonly leaks: number;
  /** (note, phone) pairs whose count never arrived. */
  readonly uncovered: number;
  readonly markerMessageSizes: number[];
}

export interface Traffic {
  readonly bytes: number[];
  readonly messages: number;
  readonly gaps: number;
  readonly disconnects: number;
  readonly applyErrors: number;
  readonly watchedAt: (number | null)[];
  /** The view names one phone holds (to explain a watch that never matched). */
  readonly sampleViews: string[];
}

export interface StormJoin {
  readonly participantId: string;
  readonly startedAt: number;
  readonly joinMs: number;
  readonly helloMs: number;
}

/** The orchestrator's end of one load generator. */
export class WorkerHandle {
  private next = 0;
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();

  constructor(
    readonly index: number,
    readonly child: ChildProcess,
  ) {
    child.on('message', (raw: { id: number; ok: boolean; result?: unknown; error?: string }) => {
      const waiting = this.pending.get(raw.id);
      if (!waiting) return;
      this.pending.delete(raw.id);
      if (raw.ok) waiting.resolve(raw.result);
      else waiting.reject(new Error(`load generator ${index}: ${raw.error}`));
    });
    child.once('exit', (code) => {
      for (const w of this.pending.values())
        w.reject(new Error(`load generator ${index} exited (${code})`));
      this.pending.clear();
    });
  }

  ask<K extends Op>(op: K, args: Requests[K]['args']): Promise<Requests[K]['result']> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, op, args });
    });
  }
}
