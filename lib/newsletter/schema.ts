import { z } from 'zod'

export const maxImportBytes = 2 * 1024 * 1024

export const subscriberMessages = {
  notFound: 'This subscriber is no longer on the list. Please reload the page.',
  file: 'Please choose a CSV file up to 2 MB.',
  notCsv: 'Please choose a CSV file (a spreadsheet saved as “CSV”).',
} as const

/** A database id from a form field: digits only ("0x10", "1e3", "1.0" are refused). */
const id = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : value),
  z.number({ error: subscriberMessages.notFound }).int(subscriberMessages.notFound).min(1, subscriberMessages.notFound),
)

export const subscriberIdInput = z.object({ id })

// Windows labels .csv files application/vnd.ms-excel when Excel is installed, so that counts as CSV
// too. The contents decide the rest: lib/newsletter/csv.ts reports every line it cannot read.
const csvTypes = new Set(['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'])

// A browser posts an empty, nameless file when none was chosen: size 0 is "no file".
const file = z
  .file({ error: subscriberMessages.file })
  .min(1, subscriberMessages.file)
  .max(maxImportBytes, subscriberMessages.file)
  .refine((chosen) => csvTypes.has(chosen.type.split(';')[0]?.trim().toLowerCase() ?? ''), subscriberMessages.notCsv)

/** The import form, parsed from `Object.fromEntries(formData)`. */
export const importSubscribersInput = z.object({ file })
