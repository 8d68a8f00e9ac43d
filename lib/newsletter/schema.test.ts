import { describe, expect, it } from 'vitest'
import { importSubscribersInput, maxImportBytes, subscriberIdInput, subscriberMessages } from './schema'

const csvFile = (contents: string | Uint8Array<ArrayBuffer>, type = 'text/csv', name = 'list.csv') => new File([contents], name, { type })

describe('subscriberIdInput', () => {
  it('takes digits only', () => {
    expect(subscriberIdInput.parse({ id: '42' })).toEqual({ id: 42 })
    for (const id of ['0', '-1', '1.0', '0x10', '1e3', '', 'abc', undefined]) expect(subscriberIdInput.safeParse({ id }).success).toBe(false)
  })
})

describe('importSubscribersInput', () => {
  it('accepts a CSV or plain-text file, and the type Windows gives .csv files with Excel installed', () => {
    for (const type of ['text/csv', 'text/plain', 'text/csv;charset=utf-8', 'application/vnd.ms-excel', 'application/csv']) {
      expect(importSubscribersInput.safeParse({ file: csvFile('email\na@example.com', type) }).success).toBe(true)
    }
  })

  it('refuses other types, no file, an empty file and a file over 2 MB', () => {
    const cases = [
      { file: csvFile('x', 'image/png', 'list.png') },
      { file: csvFile('x', 'text/html', 'list.html') },
      { file: csvFile('', 'application/octet-stream', '') },
      { file: csvFile('') },
      { file: csvFile(new Uint8Array(maxImportBytes + 1)) },
      { file: 'email\na@example.com' },
      {},
    ]
    for (const input of cases) expect(importSubscribersInput.safeParse(input).success).toBe(false)
    const oversize = importSubscribersInput.safeParse({ file: csvFile(new Uint8Array(maxImportBytes + 1)) })
    expect(oversize.error?.issues[0]?.message).toBe(subscriberMessages.file)
    expect(importSubscribersInput.safeParse({ file: csvFile(new Uint8Array(maxImportBytes)) }).success).toBe(true)
  })
})
