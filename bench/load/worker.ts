import { joinOne, type Person } from './api.ts';
import type { BenchClient } from './benchClient.ts';
import { openClient } from './harness.ts';
import type { Op, Requests, SentNote, StormJoin } from './messages.ts';
import { now, sleep } from './stats.ts';
import { analyze } from './analysis.ts';

/** An error with its cause (undici's `fetch failed` says why only there). */
function describeError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause
    ? `${String(error)} (${cause.code ?? cause.message ?? String(cause)})`
    : String(error);
}

/**
 * A load generator: a child process on core 1 holding a share of the phones. It connects
 * them, sends its share of the notes, and measures what arrives; the orchestrator merges the
 * figures of all load generators.
 */

interface Phone {
  readonly person: Person;
  readonly client: BenchClient;
}

const FILLER =
  ' Zij kennen de buurt en de families, en weten wie je kunt bellen als het even niet lukt; ' +
  'ze zijn er ook buiten kantoortijden en spreken de taal van de ouders. ';

/** A note's text: its marker first, then ordinary words up to about `bytes` characters. */
export function noteText(id: string, bytes: number): string {
  let text = `#n${id}# Sterk punt`;
  while (text.length < bytes) text += FILLER;
  return text.slice(0, Math.max(bytes, id.length + 4)).trim();
}

export function runWorker(index: number): void {
  const phones: Phone[] = [];

  const handlers: { [K in Op]: (args: Requests[K]['args']) => Promise<Requests[K]['result']> } = {
    async connect({ url, workshopId, people, concurrency, keepDocs, client: kind }) {
      const connectMs: number[] = [];
      const failures: string[] = [];
      const startedAt = now();
      let next = 0;
      const lane = async () => {
        for (let i = next++; i < people.length; i = next++) {
          const person = people[i] as Person;
          const t0 = now();
          const client = openClient(
            kind,
            url,
            { role: 'participant', workshopId, token: person.token },
            keepDocs,
          );
          try {
            await client.connected();
            const ack = await client.hello();
            if (!ack.ok) throw new Error(ack.error.code);
            connectMs.push(now() - t0);
            phones.push({ person, client });
          } catch (error) {
            failures.push(describeError(error));
            client.close();
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, people.length) }, lane));
      return { connectMs, startedAt, endedAt: now(), failures };
    },

    async reset({ watch }) {
      for (const { client } of phones) {
        client.reset();
        client.watch = watch ? new RegExp(watch) : null;
      }
      return null;
    },

    async send({ activityId, startAt, count, intervalMs, textBytes }) {
      const pending: Promise<SentNote>[] = [];
      for (let k = 0; k < count && phones.length > 0; k++) {
        const wait = startAt + k * intervalMs - now();
        if (wait > 0) await sleep(wait);
        const phone = phones[Math.floor(Math.random() * phones.length)] as Phone;
        const id = `${index}_${k}`;
        const sentAt = now();
        pending.push(
          phone.client
            .command(
              activityId,
              { type: 'addNote', text: noteText(id, textBytes) },
              `bench-${id}-${Date.now()}`,
            )
            .then(
              (ack) => ({
                id,
                side: phone.person.side,
                sentAt,
                ackAt: now(),
                ok: ack.ok,
                seq: ack.ok ? ack.lastSeq : -1,
                error: ack.ok ? null : ack.error.code,
              }),
              (error: unknown) => ({
                id,
                side: phone.person.side,
                sentAt,
                ackAt: now(),
                ok: false,
                seq: -1,
                error: String(error),
              }),
            ),
        );
      }
      return { notes: await Promise.all(pending) };
    },

    async analyze({ notes, textFor }) {
      return analyze(
        phones.map((p) => ({ side: p.person.side, client: p.client })),
        notes,
        textFor,
      );
    },

    async traffic() {
      return {
        bytes: phones.map((p) => p.client.bytes),
        messages: phones.reduce((n, p) => n + p.client.messages, 0),
        gaps: phones.reduce((n, p) => n + p.client.gaps, 0),
        disconnects: phones.reduce((n, p) => n + p.client.disconnects, 0),
        applyErrors: phones.reduce((n, p) => n + p.client.applyErrors, 0),
        watchedAt: phones.map((p) => p.client.watchedAt),
        sampleViews: [...(phones[0]?.client.versions.keys() ?? [])],
      };
    },

    async storm({ url, code, workshopId, indices, total, startAt, windowMs, client: kind }) {
      const failures: string[] = [];
      const joins = await Promise.all(
        indices.map(async (i): Promise<StormJoin | null> => {
          const wait = startAt + (i * windowMs) / total - now();
          if (wait > 0) await sleep(wait);
          try {
            const joined = await joinOne(url, code, i);
            const t0 = now();
            const client = openClient(
              kind,
              url,
              { role: 'participant', workshopId, token: joined.token },
              false,
            );
            phones.push({ person: joined, client });
            await client.connected();
            const ack = await client.hello();
            if (!ack.ok) throw new Error(ack.error.code);
            return {
              participantId: joined.participantId,
              startedAt: joined.startedAt,
              joinMs: joined.joinMs,
              helloMs: now() - t0,
            };
          } catch (error) {
            failures.push(describeError(error));
            return null;
          }
        }),
      );
      return { joins: joins.filter((j): j is StormJoin => j !== null), failures };
    },

    async close() {
      for (const { client } of phones) client.close();
      setTimeout(() => process.exit(0), 200);
      return null;
    },
  };

  process.on('message', (raw: { id: number; op: Op; args: never }) => {
    const handler = handlers[raw.op] as (args: unknown) => Promise<unknown>;
    handler(raw.args).then(
      (result) => process.send?.({ id: raw.id, ok: true, result }),
      (error: unknown) => process.send?.({ id: raw.id, ok: false, error: String(error) }),
    );
  });
  // The orchestrator went away: do not linger with a thousand open sockets.
  process.on('disconnect', () => process.exit(0));
}
