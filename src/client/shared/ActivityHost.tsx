import { useEffect, useMemo, useState } from 'preact/hooks';
import { translator } from '../../i18n/instance.ts';
import type { ActivityView, ActivityViewProps, Surface } from '../../ui/activityView.ts';
import { useLanguage, useT } from '../../ui/i18n.tsx';
import type { WorkshopConnection } from './connection.ts';
import { i18n } from './i18n.ts';
import { useConnection } from './useConnection.ts';
import { useSignals } from './useSignals.ts';
import { loadView } from './views.ts';
import { ViewBoundary } from './ViewBoundary.tsx';

/** Draws one activity with its kind's view for a surface, wiring state and commands to it. */
export function ActivityHost(props: {
  connection: WorkshopConnection;
  activityId: string;
  surface: Surface;
}) {
  const { connection, activityId, surface } = props;
  const snapshot = useConnection(connection);
  const language = useLanguage();
  const tApp = useT();
  const activity = snapshot.workshop?.activities[activityId];
  const kind = activity?.kind ?? '';
  // The loaded view remembers its kind: when the running activity changes kind, the old view
  // must never be drawn with the new kind's state (not even for one render).
  const [loaded, setLoaded] = useState<{ key: string; View: ActivityView | null } | null>(null);
  const viewKey = `${kind}/${surface}`;

  useEffect(() => {
    let active = true;
    if (!kind) return;
    loadView(kind, surface).then(
      (view) => active && setLoaded({ key: viewKey, View: view }),
      () => active && setLoaded({ key: viewKey, View: null }),
    );
    return () => {
      active = false;
    };
  }, [kind, surface, viewKey]);

  const t = useMemo(() => translator(i18n, language, kind || 'app'), [language, kind]);
  const references = snapshot.workshop?.references ?? [];
  const { signal, othersActive } = useSignals(connection, activityId);
  const pending = useMemo(
    () => snapshot.pending.filter((p) => p.activityId === activityId),
    [snapshot.pending, activityId],
  );
  const send = useMemo(
    () => (command: { type: string }) => connection.send(activityId, command),
    [connection, activityId],
  );

  if (!activity || !snapshot.workshop) return null;
  // The activity's own view arrives just after the workshop says it is on screen.
  if (!loaded || loaded.key !== viewKey || activity.state === null)
    return <p aria-busy="true">{tApp('common.loading')}</p>;
  const View = loaded.View;
  if (!View) return <p>{tApp('common.loading')}</p>;

  const me =
    snapshot.you?.role === 'participant'
      ? (snapshot.workshop.participants[snapshot.you.participantId] ?? null)
      : null;
  const viewProps: ActivityViewProps = {
    activity: {
      id: activity.id,
      kind: activity.kind,
      title: activity.title,
      status: activity.status,
      config: activity.config,
      state: activity.state,
    },
    workshop: snapshot.workshop,
    me,
    send,
    pending,
    t,
    tApp,
    language,
    now: connection.now,
    references,
    signal,
    othersActive,
    ...(surface === 'Console'
      ? {
          configure: (config: unknown) =>
            connection.send(null, { type: 'configureActivity', activityId, config }),
        }
      : {}),
  };
  return (
    <ViewBoundary key={activity.id}>
      <View {...viewProps} />
    </ViewBoundary>
  );
}
