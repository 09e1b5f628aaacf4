import { useEffect, useMemo, useState } from 'preact/hooks';
import { translator } from '../../i18n/index.ts';
import type { ActivityView, ActivityViewProps, Surface } from '../../ui/activityView.ts';
import { useLanguage, useT } from '../../ui/i18n.tsx';
import type { WorkshopConnection } from './connection.ts';
import { engine } from './engine.ts';
import { i18n } from './i18n.ts';
import { useConnection } from './useConnection.ts';
import { loadView } from './views.ts';

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
  const [View, setView] = useState<ActivityView | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let active = true;
    setView(null);
    setMissing(false);
    if (!kind) return;
    loadView(kind, surface).then(
      (view) => {
        if (!active) return;
        if (view) setView(() => view);
        else setMissing(true);
      },
      () => active && setMissing(true),
    );
    return () => {
      active = false;
    };
  }, [kind, surface]);

  const t = useMemo(() => translator(i18n, language, kind || 'app'), [language, kind]);
  const references = useMemo(
    () => (snapshot.workshop ? engine.references(snapshot.workshop) : []),
    [snapshot.workshop],
  );
  const pending = useMemo(
    () => snapshot.pending.filter((p) => p.activityId === activityId),
    [snapshot.pending, activityId],
  );
  const send = useMemo(
    () => (command: { type: string }) => connection.send(activityId, command),
    [connection, activityId],
  );

  if (!activity || !snapshot.workshop) return null;
  if (missing) return <p>{tApp('common.loading')}</p>;
  if (!View) return <p aria-busy="true">{tApp('common.loading')}</p>;

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
    ...(surface === 'Console'
      ? {
          configure: (config: unknown) =>
            connection.send(null, { type: 'configureActivity', activityId, config }),
        }
      : {}),
  };
  return <View {...viewProps} />;
}
