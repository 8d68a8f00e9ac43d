import { z } from 'zod'
import { invalidImageHostLines } from './http/image-hosts'
import { settingsSchema, type SettingKey, type SiteSettings } from './settings'

// The settings screen (/admin/settings) posts every setting as text; this turns the form into the
// values settingsSchema checks, and zod's issues into plain words by the field.

export const settingKeys = Object.keys(settingsSchema.shape) as SettingKey[]

const numberKeys = settingKeys.filter((key) => settingsSchema.shape[key] instanceof z.ZodNumber)
const checkboxKeys: SettingKey[] = ['commentModerationFirst', 'commentNotifyAuthor']

// Labels for messages that name no field ("Please give the site a title." reads better than "Required").
const requiredMessages: Partial<Record<SettingKey, string>> = {
  siteTitle: 'Please give the site a title.',
  timeZone: 'Please enter a time zone, such as Europe/London.',
}

function text(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

// Empty is an error, not 0: a cleared "comments per page" box must not quietly switch paging off.
function readNumber(raw: string): number | undefined {
  const trimmed = raw.trim()
  if (trimmed === '') return undefined
  return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

// One word or phrase a line, as the comment rules read it; blank lines and stray spaces dropped.
function normalizeBlockList(raw: string): string {
  return raw
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
}

/** The settings form as the values settingsSchema parses (unchecked checkbox: false). */
export function readSettingsForm(form: FormData): Record<SettingKey, unknown> {
  const values = {} as Record<SettingKey, unknown>
  for (const key of settingKeys) {
    const raw = text(form, key)
    if (checkboxKeys.includes(key)) values[key] = form.has(key) && raw !== ''
    else if (numberKeys.includes(key)) values[key] = readNumber(raw)
    else if (key === 'defaultCategoryId') values[key] = raw.trim() === '' ? null : readNumber(raw)
    else if (key === 'commentBlockList' || key === 'imageHosts') values[key] = normalizeBlockList(raw)
    else values[key] = raw
  }
  return values
}

function numberRange(key: SettingKey): { min: number; max: number } | null {
  const field = settingsSchema.shape[key]
  if (!(field instanceof z.ZodNumber)) return null
  return { min: field.minValue ?? 0, max: field.maxValue ?? Number.MAX_SAFE_INTEGER }
}

function messageFor(issue: z.core.$ZodRawIssue, input: Record<SettingKey, unknown>): string {
  const key = issue.path?.[0] as SettingKey | undefined
  if (key === undefined) return 'Please check the settings.'
  if (key === 'timeZone' && issue.code === 'custom') return 'Please enter a time zone by its name, such as Europe/London or America/New_York.'
  if (key === 'commentOrder') return 'Please choose oldest or newest first.'
  if (key === 'feedContent') return 'Please choose the full post or the summary.'
  if (key === 'defaultCategoryId') return 'Please choose a category from the list.'
  if (key === 'backupTime') return 'Please enter a time as HH:MM on the 24-hour clock, such as 03:00, or leave it empty to turn automatic backups off.'
  if (key === 'imageHosts' && issue.code === 'custom') {
    return `Please list one https host a line, such as images.example.com. Not a host: ${invalidImageHostLines(String(input.imageHosts)).join(', ')}`
  }
  const range = numberRange(key)
  if (range) {
    if (input[key] === undefined) return 'Please enter a number.'
    if (issue.code === 'invalid_type') return `Please enter a whole number from ${range.min} to ${range.max}.`
    return `Please choose a number from ${range.min} to ${range.max}.`
  }
  if (issue.code === 'too_small') return requiredMessages[key] ?? 'Please fill this in.'
  if (issue.code === 'too_big') return `Please keep this under ${Number(issue.maximum).toLocaleString('en-US')} characters.`
  return 'Please check this value.'
}

export type SettingsFormResult = { success: true; data: SiteSettings } | { success: false; error: z.ZodError }

/** Parses the whole form with settingsSchema; every field is required, so nothing is half-saved. */
export function parseSettingsForm(form: FormData): SettingsFormResult {
  const input = readSettingsForm(form)
  const parsed = settingsSchema.safeParse(input, { error: (issue) => messageFor(issue, input) })
  return parsed.success ? { success: true, data: parsed.data } : { success: false, error: parsed.error }
}

/** Saved settings as the strings the form fields show (checkbox: "on" or ""). */
export function settingsFormValues(settings: SiteSettings): Record<SettingKey, string> {
  const values = {} as Record<SettingKey, string>
  for (const key of settingKeys) {
    const value = settings[key]
    values[key] = typeof value === 'boolean' ? (value ? 'on' : '') : value === null ? '' : String(value)
  }
  return values
}
