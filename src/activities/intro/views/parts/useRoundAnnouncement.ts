import { useEffect, useRef, useState } from 'preact/hooks';
import type { Conversation, Round } from '../../schema.ts';
import type { IntroViewProps } from '../types.ts';
import { joinNames, personView } from './people.ts';

/**
 * What a screen reader hears when a new round starts on this phone: the round and the new
 * partner(s). Not said for the round already running when the page opens.
 */
export function useRoundAnnouncement(
  props: IntroViewProps,
  round: Round | null,
  mine: Conversation | null,
): string {
  const { t, workshop, me } = props;
  const [message, setMessage] = useState('');
  const seen = useRef<number | null | undefined>(undefined);
  const number = round?.number ?? null;
  useEffect(() => {
    const first = seen.current === undefined;
    seen.current = number;
    if (first || number === null) return;
    const partners = (mine?.members ?? [])
      .filter((id) => id !== me?.id)
      .map((id) => personView(workshop, id, t('unknownPerson')).name);
    setMessage(
      partners.length > 0
        ? t('participant.announceRound', { round: number, names: joinNames(partners, t('and')) })
        : t('participant.announceRoundAlone', { round: number }),
    );
  }, [number]);
  return message;
}
