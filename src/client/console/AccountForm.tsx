import { useState } from 'preact/hooks';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useSubmission } from '../../ui/useSubmission.ts';
import { LIMITS } from '../../domain/workshop/limits.ts';

export interface NewAccount {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

type Problems = Partial<Record<keyof NewAccount, string>>;

const MIN_PASSWORD = 10; // the server's floor (newAccountSchema); checked here to answer sooner

/**
 * Name, email and a new password: used to create the first administrator and to accept an
 * invitation. `onSubmit` resolves with an error message to show, or null when done.
 */
export function AccountForm(props: {
  submitLabel: string;
  onSubmit: (account: NewAccount) => Promise<string | null>;
}) {
  const t = useT();
  const [values, setValues] = useState<NewAccount>({ name: '', email: '', password: '' });
  const [problems, setProblems] = useState<Problems>({});
  const { busy, error, run } = useSubmission();
  const set = (field: keyof NewAccount) => (e: { currentTarget: HTMLInputElement }) =>
    setValues({ ...values, [field]: e.currentTarget.value });

  async function submit(e: Event) {
    e.preventDefault();
    const found: Problems = {};
    if (!values.name.trim()) found.name = t('console.form.required');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
      found.email = t('console.form.emailInvalid');
    if (values.password.length < MIN_PASSWORD) found.password = t('console.form.passwordTooShort');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    await run(() =>
      props.onSubmit({
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
      }),
    );
  }

  return (
    <form class="wp-stack wp-card" onSubmit={submit} noValidate>
      <TextField
        label={t('console.account.name')}
        hint={t('console.account.nameHint')}
        autocomplete="name"
        maxLength={LIMITS.displayName}
        value={values.name}
        error={problems.name}
        required
        onInput={set('name')}
      />
      <TextField
        label={t('console.account.email')}
        type="email"
        autocomplete="username"
        maxLength={LIMITS.email}
        value={values.email}
        error={problems.email}
        required
        onInput={set('email')}
      />
      <TextField
        label={t('console.account.password')}
        hint={t('console.account.passwordHint')}
        type="password"
        autocomplete="new-password"
        minLength={MIN_PASSWORD}
        maxLength={LIMITS.password}
        value={values.password}
        error={problems.password}
        required
        onInput={set('password')}
      />
      {error && <Notice tone="error">{error}</Notice>}
      <Button type="submit" busy={busy}>
        {props.submitLabel}
      </Button>
    </form>
  );
}
