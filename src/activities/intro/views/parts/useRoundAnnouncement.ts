import { useEffect, useRef, useState } from 'preact/hooks';
import type { Conversation, RoundTiming } from '../../schema.ts';
import type { PhoneProps } from '../types.ts';
import { joinNames, personView } from './people.ts';

/**
 * What a screen reader hears when a new round starts on this phone: the round and the new
 * partner(s). Not said for the round already running when the page opens. The pair arrives in
 * this phone's overlay, which may land a moment after the round's clock: when it does, the
 * round is said again with the names (the assertive region replaces the shorter message).
 */
export function useRoundAnnouncement(
  props: PhoneProps,
  round: RoundTiming | null,
  mine: Conversation | null,
): string {
  const { t, workshop, me } = props;
  const [message, setMessage] = useState('');
  const seen = useRef<string | null | undefined>(undefined);
  const number = round?.number ?? null;
  const partnerIds = (mine?.members ?? []).filter((id) => id !== me?.id);
  const key = number === null ? null : `${number}:${partnerIds.join(',')}`;
  useEffect(() => {
    const first = seen.current === undefined;
    seen.current = key;
    if (first || number === null) return;
    const partners = partnerIds.map((id) => personView(workshop, id, t('unknownPerson')).name);
    setMessage(
      partners.length > 0
        ? t('participant.announceRound', { round: number, names: joinNames(partners, t('and')) })
        : t('participant.announceRoundAlone', { round: number }),
    );
  }, [key]);
  return message;
}
