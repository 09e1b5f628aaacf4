import type { AnyActivityKind } from '../activity.ts';
import { DomainError } from '../errors.ts';
import type { Language } from '../language.ts';

/** A kind's config from a command: its defaults when absent, otherwise checked by its schema. */
export function parseKindConfig(
  kind: AnyActivityKind,
  input: unknown,
  language: Language,
): unknown {
  if (input === undefined) return kind.defaultConfig(language);
  const parsed = kind.configSchema.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new DomainError('WP_ERR_VALIDATION', { field });
  }
  return parsed.data;
}

/** A config as it was stored at `version`, brought to the kind's current shape. */
export function loadKindConfig(kind: AnyActivityKind, config: unknown, version: number): unknown {
  if (version === kind.version || !kind.migrateConfig) return config;
  return kind.migrateConfig(config, version);
}
