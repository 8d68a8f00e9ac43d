import { z } from 'zod'

export type SubscriberCsvRow = { email: string; firstName: string; status: string; source: string; createdAt: number }
export type ParsedSubscriber = { email: string; firstName: string }
export type UnreadLine = { line: number; reason: string }

// The signup form's limits (lib/newsletter/signup.ts), so an import cannot store what a reader could not.
const maxEmailLength = 100
const maxNameLength = 100

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection"); a leading
// apostrophe makes it text. Tab and CR are on OWASP's list too.
const FORMULA_START = /^[=+\-@\t\r]/

function protectCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

// RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes.
function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** The export file: a header, one line per subscriber, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly SubscriberCsvRow[]): string {
  const lines = [['email', 'first_name', 'status', 'source', 'created_at']]
  for (const row of rows) lines.push([row.email, row.firstName, row.status, row.source, new Date(row.createdAt).toISOString()])
  return lines.map((cells) => cells.map((cell) => quoteCell(protectCell(cell))).join(',')).join('\r\n') + '\r\n'
}

type CsvRecord = { line: number; cells: string[]; isUnclosed: boolean }

// RFC 4180, leniently: LF, CRLF or CR line ends, quotes only where a field starts with one. `line` is
// where the record starts in the file, so a quoted line break still gives people the right number.
function readRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let recordLine = 1
  let isQuoted = false
  let isCellStart = true
  const endCell = () => {
    cells.push(cell)
    cell = ''
    isCellStart = true
  }
  const endRecord = () => {
    endCell()
    records.push({ line: recordLine, cells, isUnclosed: false })
    cells = []
  }
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (isQuoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"'
        index += 1
      } else if (char === '"') {
        isQuoted = false
      } else {
        if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line += 1
        cell += char
      }
    } else if (char === '"' && isCellStart) {
      isQuoted = true
      isCellStart = false
    } else if (char === ',') {
      endCell()
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1
      endRecord()
      line += 1
      recordLine = line
    } else {
      cell += char
      isCellStart = false
    }
  }
  if (isQuoted) {
    endCell()
    records.push({ line: recordLine, cells, isUnclosed: true })
  } else if (cell !== '' || cells.length > 0) {
    endRecord()
  }
  return records
}

function headerName(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
}

const EMAIL_HEADERS = new Set(['email', 'e mail', 'email address', 'e mail address'])
const FIRST_NAME_HEADERS = ['first name', 'firstname', 'name']

// Without a header the address is the first cell that has an @ and the first name the cell after it.
function findColumns(first: CsvRecord): { email: number; firstName: number | null; hasHeader: boolean } {
  const names = first.cells.map(headerName)
  const email = names.findIndex((name) => EMAIL_HEADERS.has(name))
  if (email !== -1) {
    const firstName = FIRST_NAME_HEADERS.map((wanted) => names.indexOf(wanted)).find((index) => index !== -1)
    return { email, firstName: firstName ?? null, hasHeader: true }
  }
  const guessed = Math.max(
    0,
    first.cells.findIndex((cell) => cell.includes('@')),
  )
  return { email: guessed, firstName: guessed + 1 < first.cells.length ? guessed + 1 : null, hasHeader: false }
}

// Our own export prefixes formula-like cells with an apostrophe; take it off again on the way in.
function unprotectCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}

const emailSchema = z.email()

function readRecord(record: CsvRecord, columns: { email: number; firstName: number | null }): ParsedSubscriber | { reason: string } {
  if (record.isUnclosed) return { reason: 'a quote is never closed' }
  const rawEmail = unprotectCell(record.cells[columns.email] ?? '')
  const rawName = columns.firstName === null ? '' : unprotectCell(record.cells[columns.firstName] ?? '')
  // Line breaks in a name or address are how mail headers get injected: refused, as on the signup form.
  if (/[\r\n]/.test(rawEmail) || /[\r\n]/.test(rawName)) return { reason: 'a line break inside a value' }
  const email = rawEmail.trim().toLowerCase()
  if (!email) return { reason: 'no email address' }
  if (email.length > maxEmailLength || !emailSchema.safeParse(email).success) return { reason: 'not an email address' }
  const firstName = rawName
    .replace(/\p{Cc}/gu, '')
    .normalize('NFC')
    .trim()
  if (firstName.length > maxNameLength) return { reason: `a first name over ${maxNameLength} characters` }
  return { email, firstName }
}

/**
 * Reads an uploaded subscriber list. Lines that cannot be used are reported with their line number
 * and the rest still imported; an address listed twice is kept once (with the first name it was
 * given, if any).
 */
export function parseSubscriberCsv(text: string): { rows: ParsedSubscriber[]; invalid: UnreadLine[] } {
  const records = readRecords(text.replace(/^\uFEFF/, '')).filter((record) => record.isUnclosed || record.cells.some((cell) => cell.trim() !== ''))
  const first = records[0]
  if (!first) return { rows: [], invalid: [] }
  const columns = findColumns(first)
  const byEmail = new Map<string, ParsedSubscriber>()
  const invalid: UnreadLine[] = []
  for (const record of columns.hasHeader ? records.slice(1) : records) {
    const parsed = readRecord(record, columns)
    if ('reason' in parsed) {
      invalid.push({ line: record.line, reason: parsed.reason })
      continue
    }
    const seen = byEmail.get(parsed.email)
    if (!seen) byEmail.set(parsed.email, parsed)
    else if (!seen.firstName && parsed.firstName) seen.firstName = parsed.firstName
  }
  return { rows: [...byEmail.values()], invalid }
}

const listedLineLimit = 10

/** "2 lines could not be read: line 3 (not an email address), line 7 (…)", the first ten by number. */
export function describeUnreadLines(invalid: readonly UnreadLine[]): string {
  const listed = invalid.slice(0, listedLineLimit).map((unread) => `line ${unread.line} (${unread.reason})`)
  const more = invalid.length > listedLineLimit ? ` and ${invalid.length - listedLineLimit} more` : ''
  return `${invalid.length === 1 ? '1 line' : `${invalid.length} lines`} could not be read: ${listed.join(', ')}${more}`
}

/** The import's answer: "Added 3, merged 1; 2 lines could not be read: line 3 (not an email address), …." */
export function importSummary(result: { added: number; merged: number }, invalid: readonly UnreadLine[]): string {
  const counts = `Added ${result.added}, merged ${result.merged}`
  return invalid.length === 0 ? `${counts}.` : `${counts}; ${describeUnreadLines(invalid)}.`
}
