// Sent mail keeps no live tokens: once an email has left, the outbox copy's confirmation,
// unsubscribe and stop-notification links lose their token (db/queries/outbox.ts markOutboxSent).
// Anyone who can read the outbox later (a backup, a shared screen) cannot act for the recipient.
const TOKEN_PARAMETER = /([?&](?:amp;)?token=)[^&\s"'<>)\]]+/gi

export const redactedToken = 'redacted'

export function redactTokens(text: string): string {
  return text.replace(TOKEN_PARAMETER, `$1${redactedToken}`)
}

export function redactHeaders(headers: Record<string, string> | null): Record<string, string> | null {
  if (!headers) return headers
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, redactTokens(value)]))
}
