type DateParts = { date: string; hour: string; minute: string; dayPeriod: string }

// Building an Intl.DateTimeFormat costs far more than using one, and a comment thread formats
// hundreds of dates per render.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: isValidTimeZone(timeZone) ? timeZone : 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

function partsOf(ms: number, timeZone: string): DateParts {
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(ms)) parts[part.type] = part.value
  return {
    date: `${parts.month} ${parts.day}, ${parts.year}`,
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    dayPeriod: (parts.dayPeriod ?? '').toLowerCase(),
  }
}

/** True for an IANA zone name Intl understands, e.g. "America/New_York" (for validating settings). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

/** For the time-zone setting: an IANA zone name ("Europe/London", "UTC") this runtime knows, written the canonical way, or null. */
export function canonicalTimeZone(name: string): string | null {
  // Intl also takes UTC offsets ("+01:00") on newer runtimes; dates are shown by zone name only.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return null
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

/** "January 28, 2020" in the site's time zone; an unknown zone falls back to UTC. */
export function formatDate(ms: number, timeZone: string): string {
  return partsOf(ms, timeZone).date
}

/** "January 28, 2020 at 9:22 pm", as WordPress prints comment dates. */
export function formatDateTime(ms: number, timeZone: string): string {
  const { date, hour, minute, dayPeriod } = partsOf(ms, timeZone)
  return `${date} at ${hour}:${minute} ${dayPeriod}`
}

/** UTC ISO 8601 without milliseconds, for <time datetime>, feeds and sitemaps. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** "1 Comment", "0 Comments", "1,234 Comments". */
export function formatCount(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`
}

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago"; older than a month, the date itself. */
export function formatTimeAgo(ms: number, now: number, timeZone: string): string {
  const seconds = Math.max(0, Math.round((now - ms) / 1000))
  if (seconds < 60) return 'just now'
  const ago = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return ago(minutes, 'minute')
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return ago(hours, 'hour')
  const days = Math.floor(hours / 24)
  if (days < 31) return ago(days, 'day')
  return formatDate(ms, timeZone)
}
