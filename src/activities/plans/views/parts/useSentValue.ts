import { useState } from 'preact/hooks';

/**
 * What a field shows between sending a change and the server's answer: the value just sent,
 * as long as the server still holds the value it was sent over. As soon as the server's value
 * moves (to this change, or to someone else's later one) the server's value shows again, so a
 * field never jumps back to its old text while its change travels, and never hides another's.
 */
export function useSentValue<V>(serverValue: V): [shown: V, markSent: (value: V) => void] {
  const [sent, setSent] = useState<{ value: V; over: V } | null>(null);
  const shown = sent && Object.is(sent.over, serverValue) ? sent.value : serverValue;
  return [shown, (value: V) => setSent({ value, over: serverValue })];
}
