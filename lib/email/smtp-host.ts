/** The host (and port) of SMTP_URL for the outbox screen: never the user name or password in it. */
export function smtpHostOf(smtpUrl: string | null): string | null {
  if (!smtpUrl) return null
  try {
    const url = new URL(smtpUrl)
    return url.host || 'an unnamed host'
  } catch {
    return 'an address that could not be read'
  }
}
