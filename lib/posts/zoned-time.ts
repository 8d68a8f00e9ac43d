// The author types dates in the site's time zone (a datetime-local field); the database keeps UTC.

function offsetMs(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs))
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value ?? 0)
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return asUtc - Math.floor(utcMs / 1000) * 1000
}

// "2026-11-27T14:30" in `timeZone` → UTC milliseconds, or null when the text is not such a time.
export function zonedLocalToUtc(local: string, timeZone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim())
  if (!match) return null
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number]
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null
  const naive = Date.UTC(year, month - 1, day, hour, minute)
  // Two passes settle the offset across daylight-saving changes.
  let guess = naive - offsetMs(naive, timeZone)
  guess = naive - offsetMs(guess, timeZone)
  return guess
}

// UTC milliseconds → the "YYYY-MM-DDTHH:mm" a datetime-local field shows in `timeZone`.
export function utcToZonedLocal(utcMs: number, timeZone: string): string {
  const local = new Date(utcMs + offsetMs(utcMs, timeZone))
  return local.toISOString().slice(0, 16)
}
