import { z } from 'zod'
import { canonicalTimeZone } from './format'
import { invalidImageHostLines } from './http/image-hosts'
import { backupTimePattern } from './backups/schedule'

// Every site setting, its default and its validation. Stored as key/value JSON rows (db/schema.ts
// `settings`); a missing or invalid row falls back to the default here, so old databases keep working
// when a setting is added.
export const settingsSchema = z.object({
  siteTitle: z.string().trim().min(1).max(120),
  tagline: z.string().trim().max(200),
  timeZone: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .refine((name) => canonicalTimeZone(name) !== null)
    .transform((name) => canonicalTimeZone(name) ?? name),
  disclaimer: z.string().trim().max(4000),
  copyright: z.string().trim().max(4000),
  privacyNote: z.string().trim().max(4000),
  greetingNew: z.string().trim().max(2000),
  greetingReturning: z.string().trim().max(2000),
  affiliateNotice: z.string().trim().max(1000),
  spoonTheoryCredit: z.string().trim().max(1000),
  authorQuote: z.string().trim().max(300),
  commentDepth: z.coerce.number().int().min(1).max(10),
  commentOrder: z.enum(['oldest', 'newest']),
  commentsPerPage: z.coerce.number().int().min(0).max(500),
  commentsCloseAfterDays: z.coerce.number().int().min(0).max(36500),
  commentModerationFirst: z.boolean(),
  // WordPress's "Email me whenever a comment is held for moderation".
  commentNotifyAuthor: z.boolean(),
  commentLinkLimit: z.coerce.number().int().min(0).max(100),
  commentBlockList: z.string().max(20000),
  commentFloodSeconds: z.coerce.number().int().min(0).max(3600),
  commentMinFillSeconds: z.coerce.number().int().min(0).max(600),
  newsletterIntro: z.string().trim().max(2000),
  // Newsletter emails sent per second (providers throttle bulk senders; a small host should too).
  newsletterRatePerSecond: z.coerce.number().int().min(1).max(100),
  // The category a post falls back to when it is left without one (WordPress's "Uncategorized").
  // Null: the category with the slug "uncategorized", created when first needed.
  defaultCategoryId: z.coerce.number().int().positive().nullable(),
  // What feeds carry for each post: the whole post (WordPress's default) or its summary only.
  feedContent: z.enum(['full', 'excerpt']),
  // Hosts reader pages may show images from (https only, one a line); the site itself always.
  imageHosts: z
    .string()
    .max(2000)
    .refine((text) => invalidImageHostLines(text).length === 0),
  // Commenters' IP addresses and browser names are erased after this many days (0: never).
  commenterDataDays: z.coerce.number().int().min(0).max(3650),
  // The privacy page (/privacy), linked from the footer and the comment form.
  privacyPolicy: z.string().trim().max(20000),
  // Automatic backups into DATA_DIR/backups: the time of day ("HH:MM" in timeZone; empty: off) and how
  // many to keep (lib/backups/schedule.ts).
  backupTime: z
    .string()
    .trim()
    .refine((time) => time === '' || backupTimePattern.test(time)),
  backupKeep: z.coerce.number().int().min(1).max(365),
})

export type SiteSettings = z.infer<typeof settingsSchema>
export type SettingKey = keyof SiteSettings

export const defaultSettings: SiteSettings = {
  siteTitle: 'Spoon Notes',
  tagline: 'Gentle notes on living well with chronic illness',
  timeZone: 'America/New_York',
  disclaimer: '',
  copyright: '',
  privacyNote: '',
  greetingNew: '',
  greetingReturning: '',
  affiliateNotice: 'Just a heads up: this post contains affiliate links.',
  spoonTheoryCredit: '',
  authorQuote: '',
  // WordPress's defaults. (The demo seed switches the order to newest first, as the seed blog shows it.)
  commentDepth: 5,
  commentOrder: 'oldest',
  commentsPerPage: 50,
  commentsCloseAfterDays: 0,
  commentModerationFirst: true,
  commentNotifyAuthor: true,
  commentLinkLimit: 2,
  commentBlockList: '',
  commentFloodSeconds: 15,
  commentMinFillSeconds: 3,
  newsletterIntro: 'New posts in your inbox, never more than once a week. Unsubscribe with one click.',
  newsletterRatePerSecond: 10,
  defaultCategoryId: null,
  feedContent: 'full',
  imageHosts: '',
  commenterDataDays: 60,
  privacyPolicy: '',
  backupTime: '03:00',
  backupKeep: 7,
}

export function mergeSettings(rows: readonly { key: string; value: unknown }[]): SiteSettings {
  const merged: Record<string, unknown> = { ...defaultSettings }
  for (const row of rows) {
    if (!(row.key in defaultSettings)) continue
    const field = settingsSchema.shape[row.key as SettingKey]
    const parsed = field.safeParse(row.value)
    if (parsed.success) merged[row.key] = parsed.data
  }
  return merged as SiteSettings
}
