import { describe, expect, it } from 'vitest'
import { describeUnreadLines, importSummary, parseSubscriberCsv, toCsv, type SubscriberCsvRow } from './csv'

const createdAt = Date.UTC(2025, 0, 15, 12, 30)
const row = (overrides: Partial<SubscriberCsvRow> = {}): SubscriberCsvRow => ({
  email: 'ada@example.com',
  firstName: 'Ada',
  status: 'confirmed',
  source: 'sidebar',
  createdAt,
  ...overrides,
})

describe('toCsv', () => {
  it('writes a header and one CRLF-ended line per subscriber', () => {
    expect(toCsv([row(), row({ email: 'bo@example.com', firstName: '', status: 'pending', source: 'import' })])).toBe(
      'email,first_name,status,source,created_at\r\n' +
        'ada@example.com,Ada,confirmed,sidebar,2025-01-15T12:30:00.000Z\r\n' +
        'bo@example.com,,pending,import,2025-01-15T12:30:00.000Z\r\n',
    )
  })

  it('writes only the header for an empty list', () => {
    expect(toCsv([])).toBe('email,first_name,status,source,created_at\r\n')
  })

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const csv = toCsv([row({ firstName: 'Smith, "Jo"\nline two' })])
    expect(csv.split('\r\n')[1]).toBe('ada@example.com,"Smith, ""Jo""\nline two",confirmed,sidebar,2025-01-15T12:30:00.000Z')
  })

  it.each(['=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3', '@SUM(A1)', '\tTab', '\rCR'])('stops %j from running as a formula', (firstName) => {
    const cell =
      toCsv([row({ firstName })])
        .slice('email,first_name,status,source,created_at\r\n'.length)
        .split(',')[1] ?? ''
    expect(cell.replace(/^"/, '').startsWith("'")).toBe(true)
  })

  it('leaves ordinary text that merely contains those characters alone', () => {
    expect(toCsv([row({ firstName: 'Mary-Jane = me' })])).toContain(',Mary-Jane = me,')
  })

  it('round-trips through the import, formula guard included', () => {
    const rows = [row({ firstName: '=cmd|calc' }), row({ email: '-dash@example.com', firstName: 'O"Brien, Pat' })]
    expect(parseSubscriberCsv(toCsv(rows))).toEqual({
      rows: [
        { email: 'ada@example.com', firstName: '=cmd|calc' },
        { email: '-dash@example.com', firstName: 'O"Brien, Pat' },
      ],
      invalid: [],
    })
  })
})

describe('parseSubscriberCsv', () => {
  it('reads a header with email and first_name in any order, with extra columns', () => {
    const text = 'created,first_name,email,notes\n2020,Ada,ada@example.com,x\n2021,Bo,bo@example.com,y\n'
    expect(parseSubscriberCsv(text)).toEqual({
      rows: [
        { email: 'ada@example.com', firstName: 'Ada' },
        { email: 'bo@example.com', firstName: 'Bo' },
      ],
      invalid: [],
    })
  })

  it.each([
    ['E-mail,First Name', 'e-mail'],
    ['Email Address,First Name,Last Name', 'Mailchimp'],
    ['email,name', 'Ghost'],
    ['  EMAIL  ,  first name ', 'spaced'],
  ])('finds the columns from the header %j (%s)', (header) => {
    expect(parseSubscriberCsv(`${header}\nada@example.com,Ada,Lovelace`).rows).toEqual([{ email: 'ada@example.com', firstName: 'Ada' }])
  })

  it('prefers first_name over name when both are present', () => {
    expect(parseSubscriberCsv('name,email,first_name\nAda Lovelace,ada@example.com,Ada').rows).toEqual([{ email: 'ada@example.com', firstName: 'Ada' }])
  })

  it('reads an email-only file with a header', () => {
    expect(parseSubscriberCsv('email\nada@example.com\nbo@example.com').rows.map((parsed) => parsed.email)).toEqual(['ada@example.com', 'bo@example.com'])
  })

  it('reads a file without a header: the address column and the name after it', () => {
    expect(parseSubscriberCsv('ada@example.com,Ada\nbo@example.com,Bo\n')).toEqual({
      rows: [
        { email: 'ada@example.com', firstName: 'Ada' },
        { email: 'bo@example.com', firstName: 'Bo' },
      ],
      invalid: [],
    })
    expect(parseSubscriberCsv('7,ada@example.com\n8,bo@example.com').rows).toEqual([
      { email: 'ada@example.com', firstName: '' },
      { email: 'bo@example.com', firstName: '' },
    ])
    expect(parseSubscriberCsv('ada@example.com').rows).toEqual([{ email: 'ada@example.com', firstName: '' }])
  })

  it('lower-cases and trims addresses, trims names', () => {
    expect(parseSubscriberCsv('email,first_name\n  Ada@Example.COM ,  Ada  ').rows).toEqual([{ email: 'ada@example.com', firstName: 'Ada' }])
  })

  it('reads quoted fields with commas, doubled quotes and CRLF line ends', () => {
    const text = 'email,first_name\r\n"ada@example.com","Ada, ""the first"""\r\nbo@example.com,Bo\r\n'
    expect(parseSubscriberCsv(text).rows).toEqual([
      { email: 'ada@example.com', firstName: 'Ada, "the first"' },
      { email: 'bo@example.com', firstName: 'Bo' },
    ])
  })

  it('accepts old Mac CR-only line ends and strips a byte-order mark', () => {
    expect(parseSubscriberCsv('\uFEFFemail,first_name\rada@example.com,Ada\rbo@example.com,Bo').rows).toEqual([
      { email: 'ada@example.com', firstName: 'Ada' },
      { email: 'bo@example.com', firstName: 'Bo' },
    ])
  })

  it('reports invalid addresses by line and keeps going', () => {
    const text = 'email,first_name\nada@example.com,Ada\nnot-an-email,X\n,Nobody\nbo@example.com,Bo\nspaces in@example.com,Y\n<script>@x,Z\n'
    expect(parseSubscriberCsv(text)).toEqual({
      rows: [
        { email: 'ada@example.com', firstName: 'Ada' },
        { email: 'bo@example.com', firstName: 'Bo' },
      ],
      invalid: [
        { line: 3, reason: 'not an email address' },
        { line: 4, reason: 'no email address' },
        { line: 6, reason: 'not an email address' },
        { line: 7, reason: 'not an email address' },
      ],
    })
  })

  it('refuses line breaks inside an address or a name (header injection)', () => {
    const text =
      'email,first_name\n"eve@example.com\r\nBcc: victim@example.com",Eve\nmallory@example.com,"Mal\nBcc: victim@example.com"\nok@example.com,"Fine, really"\n'
    expect(parseSubscriberCsv(text)).toEqual({
      rows: [{ email: 'ok@example.com', firstName: 'Fine, really' }],
      invalid: [
        { line: 2, reason: 'a line break inside a value' },
        { line: 4, reason: 'a line break inside a value' },
      ],
    })
  })

  it('counts lines from where a record starts, even after a quoted line break', () => {
    const text = 'email,notes\nada@example.com,"two\nlines"\nbad,x\n'
    expect(parseSubscriberCsv(text).invalid).toEqual([{ line: 4, reason: 'not an email address' }])
    const crlf = 'email,notes\r\nada@example.com,"two\r\nlines"\r\nbad,x\r\n'
    expect(parseSubscriberCsv(crlf).invalid).toEqual([{ line: 4, reason: 'not an email address' }])
  })

  it('strips other control characters from names and refuses overlong values', () => {
    const longName = 'n'.repeat(101)
    const longEmail = `${'a'.repeat(95)}@example.com`
    expect(parseSubscriberCsv(`email,first_name\nada@example.com,A\u0000d\u0007a\nbo@example.com,${longName}\n${longEmail},X`)).toEqual({
      rows: [{ email: 'ada@example.com', firstName: 'Ada' }],
      invalid: [
        { line: 3, reason: 'a first name over 100 characters' },
        { line: 4, reason: 'not an email address' },
      ],
    })
  })

  it('merges duplicates within the file, whatever their case, filling a missing name', () => {
    const text = 'email,first_name\nada@example.com,\nADA@example.com,Ada\nada@example.com,Other\nbo@example.com,Bo\n'
    expect(parseSubscriberCsv(text)).toEqual({
      rows: [
        { email: 'ada@example.com', firstName: 'Ada' },
        { email: 'bo@example.com', firstName: 'Bo' },
      ],
      invalid: [],
    })
  })

  it('skips blank lines without reporting them', () => {
    expect(parseSubscriberCsv('\n\nemail\n\nada@example.com\n  \n,\n')).toEqual({ rows: [{ email: 'ada@example.com', firstName: '' }], invalid: [] })
  })

  it('reports a quote that is never closed instead of swallowing the file silently', () => {
    expect(parseSubscriberCsv('email,first_name\nada@example.com,Ada\n"bo@example.com,Bo\ncy@example.com,Cy\n')).toEqual({
      rows: [{ email: 'ada@example.com', firstName: 'Ada' }],
      invalid: [{ line: 3, reason: 'a quote is never closed' }],
    })
  })

  it('keeps hostile names as plain text (rendering escapes them)', () => {
    expect(parseSubscriberCsv('email,first_name\nx@example.com,<img src=x onerror=alert(1)>').rows).toEqual([
      { email: 'x@example.com', firstName: '<img src=x onerror=alert(1)>' },
    ])
  })

  it('returns nothing for an empty file or a header alone', () => {
    expect(parseSubscriberCsv('')).toEqual({ rows: [], invalid: [] })
    expect(parseSubscriberCsv('email,first_name\r\n')).toEqual({ rows: [], invalid: [] })
  })
})

describe('importSummary', () => {
  it('says what was added and merged', () => {
    expect(importSummary({ added: 3, merged: 1 }, [])).toBe('Added 3, merged 1.')
  })

  it('lists unread lines, one or many', () => {
    expect(importSummary({ added: 2, merged: 0 }, [{ line: 3, reason: 'not an email address' }])).toBe(
      'Added 2, merged 0; 1 line could not be read: line 3 (not an email address).',
    )
    expect(
      importSummary({ added: 0, merged: 5 }, [
        { line: 3, reason: 'not an email address' },
        { line: 7, reason: 'no email address' },
      ]),
    ).toBe('Added 0, merged 5; 2 lines could not be read: line 3 (not an email address), line 7 (no email address).')
  })

  it('names the first ten unread lines and counts the rest', () => {
    const unread = Array.from({ length: 13 }, (_, index) => ({ line: index + 2, reason: 'not an email address' }))
    const text = describeUnreadLines(unread)
    expect(text.startsWith('13 lines could not be read: line 2 (not an email address)')).toBe(true)
    expect(text).toContain('line 11 (not an email address) and 3 more')
    expect(text).not.toContain('line 12')
  })
})
