import { createHash, randomBytes } from 'node:crypto';

/** A long random secret for cookies and links (256 bits). */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored hashed: a leaked database does not let anyone sign in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
