import type { DecideContext } from '../../domain/context.ts';
import { ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import {
  MAX_CLUSTERS,
  type PlenaryCommand,
  type PlenaryEvent,
  type PlenaryState,
} from './schema.ts';

type ClusterCommand = Extract<
  PlenaryCommand,
  { type: 'addCluster' | 'renameCluster' | 'removeCluster' }
>;

/** Names compare as people read them: "Draagvlak" and "draagvlak " are one cluster. */
const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/** Two clusters with one name would make the room (and the report) guess which is which. */
function ensureFreeName(state: PlenaryState, name: string, except: string | null): void {
  const taken = Object.values(state.clusters).some(
    (c) => c.id !== except && sameName(c.name, name),
  );
  ensure(!taken, 'WP_ERR_ALREADY_EXISTS', { field: 'name' });
}

/**
 * The facilitator's clusters: make, rename and remove (its notes go back to "not clustered
 * yet", never lost). Clustering may go on after the question closes: tidying up for the report.
 */
export function decideCluster(
  command: ClusterCommand,
  state: PlenaryState,
  ctx: DecideContext,
): PlenaryEvent[] {
  switch (command.type) {
    case 'addCluster': {
      ensure(Object.keys(state.clusters).length < MAX_CLUSTERS, 'WP_ERR_TOO_LARGE', {
        limit: MAX_CLUSTERS,
      });
      ensureFreeName(state, command.name, null);
      return [{ type: 'clusterAdded', clusterId: ctx.newId(), name: command.name }];
    }
    case 'renameCluster': {
      const cluster = own(state.clusters, command.clusterId);
      ensure(cluster, 'WP_ERR_NOT_FOUND');
      if (cluster.name === command.name) return [];
      ensureFreeName(state, command.name, cluster.id);
      return [{ type: 'clusterRenamed', clusterId: cluster.id, name: command.name }];
    }
    case 'removeCluster': {
      const cluster = own(state.clusters, command.clusterId);
      ensure(cluster, 'WP_ERR_NOT_FOUND');
      return [{ type: 'clusterRemoved', clusterId: cluster.id }];
    }
  }
}
