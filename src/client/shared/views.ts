import type { ActivityView, Surface } from '../../ui/activityView.ts';

/**
 * Activity views are found by convention: `src/activities/<kind>/views/<Surface>.tsx` with a
 * default export. Nothing to register; each view is its own chunk, loaded when first shown.
 */
const modules = import.meta.glob<{ default: ActivityView }>('../../activities/*/views/*.tsx');

const cache = new Map<string, Promise<ActivityView | null>>();

export function loadView(kind: string, surface: Surface): Promise<ActivityView | null> {
  const key = `../../activities/${kind}/views/${surface}.tsx`;
  let view = cache.get(key);
  if (!view) {
    const load = modules[key];
    view = load ? load().then((m) => m.default) : Promise.resolve(null);
    cache.set(key, view);
  }
  return view;
}
