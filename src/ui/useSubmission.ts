import { useState } from 'preact/hooks';

/**
 * How an action ends, in the two shapes the code already uses: a command's `SendResult`, or
 * what the console's forms resolve with (the message to show, `null` when done).
 */
export type Outcome =
  { readonly ok: true } | { readonly ok: false; readonly message: string } | string | null;

/** The message to show for an outcome, or null when it succeeded. */
export function failureOf(outcome: Outcome): string | null {
  if (outcome === null || typeof outcome === 'string') return outcome;
  return outcome.ok ? null : outcome.message;
}

/**
 * The pending and failed state of a form (or button) that sends something. `run` marks it
 * busy (the button shows it and cannot be pressed twice), then shows the failure or calls
 * `onOk`. An earlier error stays up while sending, so the page does not jump. `setError` is
 * for failures found outside `run` (the form's own checks, a failed load), shown in the
 * same place.
 */
export function useSubmission() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<Outcome>, onOk?: () => void): Promise<void> {
    setBusy(true);
    let outcome: Outcome;
    // An action that throws must not leave the button disabled for good.
    try {
      outcome = await action();
    } finally {
      setBusy(false);
    }
    const failure = failureOf(outcome);
    setError(failure);
    if (failure === null) onOk?.();
  }

  return { busy, error, setError, run };
}
