// Reading comfort: a reader's text size, line spacing, theme, motion and focus-mode choices, kept in
// one first-party cookie and applied as classes on <html> by the front server (scripts/serve.ts) so the
// shared cached page stays one page (docs/decisions/0021-reading-comfort.md). Pure: read by serve.ts,
// the settings route and the form.

export const comfortCookie = 'sp_comfort'

// Each setting's choices; the first is the default ("follow my device" where the OS has a preference)
// and adds no class. A class name is the setting's prefix plus the choice, e.g. comfort-theme-dim.
export const comfortChoices = {
  size: ['normal', 'large', 'larger'],
  spacing: ['normal', 'wide'],
  theme: ['auto', 'light', 'dim', 'contrast'],
  motion: ['auto', 'reduce'],
  focus: ['off', 'on'],
} as const

export type ComfortSetting = keyof typeof comfortChoices
export type Comfort = { [Setting in ComfortSetting]: (typeof comfortChoices)[Setting][number] }

export const defaultComfort: Comfort = { size: 'normal', spacing: 'normal', theme: 'auto', motion: 'auto', focus: 'off' }

const settings = Object.keys(comfortChoices) as ComfortSetting[]

function isChoice<Setting extends ComfortSetting>(setting: Setting, value: unknown): value is Comfort[Setting] {
  return typeof value === 'string' && (comfortChoices[setting] as readonly string[]).includes(value)
}

/**
 * The cookie's value: only the settings that differ from the default, as `setting-choice` tokens
 * joined by dots (`theme-dim.size-large`), in a fixed order so one choice has one spelling.
 */
export function serializeComfort(comfort: Comfort): string {
  return settings
    .filter((setting) => comfort[setting] !== defaultComfort[setting])
    .map((setting) => `${setting}-${comfort[setting]}`)
    .join('.')
}

/** Reads a cookie value strictly: unknown or malformed tokens are dropped, never passed on. */
export function parseComfort(value: string | undefined | null): Comfort {
  const comfort: Comfort = { ...defaultComfort }
  if (!value || value.length > 200) return comfort
  for (const token of value.split('.')) {
    const dash = token.indexOf('-')
    const setting = token.slice(0, dash) as ComfortSetting
    const choice = token.slice(dash + 1)
    if (dash > 0 && settings.includes(setting) && isChoice(setting, choice)) Object.assign(comfort, { [setting]: choice })
  }
  return comfort
}

/** A submitted form (any values) as a Comfort: a missing or unknown choice keeps the default. */
export function comfortFromForm(read: (setting: ComfortSetting) => unknown): Comfort {
  const comfort: Comfort = { ...defaultComfort }
  for (const setting of settings) {
    const value = read(setting)
    if (isChoice(setting, value)) Object.assign(comfort, { [setting]: value })
  }
  return comfort
}

/** The classes for <html>: built from the known choices only, so nothing a client sent reaches the page. */
export function comfortClasses(comfort: Comfort): string {
  return settings
    .filter((setting) => comfort[setting] !== defaultComfort[setting])
    .map((setting) => `comfort-${setting}-${comfort[setting]}`)
    .join(' ')
}

/** The value of one named cookie in a Cookie header, or undefined. */
export function readCookie(header: string | string[] | undefined, name: string): string | undefined {
  const raw = Array.isArray(header) ? header.join(';') : (header ?? '')
  for (const part of raw.split(';')) {
    const equals = part.indexOf('=')
    if (equals > 0 && part.slice(0, equals).trim() === name) return part.slice(equals + 1).trim()
  }
  return undefined
}

/**
 * Where to go after saving: a path on this site that the reader came from, else the settings page
 * itself. Only a plain absolute path is accepted (no scheme, no `//host`, no backslash tricks).
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length > 500) return fallback
  // URL characters only (a Referer is percent-encoded): the value goes into a Location header.
  if (!/^\/(?![/\\])[\w\-.~!$&'()*+,;=:@%/?#]*$/.test(value)) return fallback
  return value
}
