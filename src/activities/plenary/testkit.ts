import { workshopHarness, type WorkshopHarness } from '../../domain/testing/workshopHarness.ts';
import { registry } from '../registry.ts';
import type { PlenaryEvent, PlenaryState } from './schema.ts';

type Actor = Parameters<WorkshopHarness['activity']>[0];

/** A running "Plenaire vraag" with Anna and Bram (formal) and Chadia (informal). */
export function givenPlenary(config?: unknown) {
  const h = workshopHarness(registry)
    .create()
    .join('anna', 'formal', 'Anna')
    .join('bram', 'formal', 'Bram')
    .join('chadia', 'informal', 'Chadia');
  const activityId = h.startActivity('plenary', config);
  const state = () => h.activityState<PlenaryState>(activityId);
  const send = (actor: Actor, command: unknown) =>
    h.activity(actor, activityId, command) as PlenaryEvent[];
  /** The id of what a command made (a note or a cluster). */
  const made = (actor: Actor, command: unknown) => {
    const [event] = send(actor, command);
    const id = event && registry.get('plenary')!.madeId?.(event);
    if (!id) throw new Error('nothing was made');
    return id;
  };
  const report = () => {
    const activity = h.state.activities[activityId]!;
    return registry.get('plenary')!.report(activity.state, {
      config: activity.config,
      title: activity.title,
      language: 'nl',
      references: [],
      participants: h.state.participants,
      partnerships: h.state.partnerships,
      t: (key) => key,
    });
  };
  return { h, activityId, state, send, made, report };
}
