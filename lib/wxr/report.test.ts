import { describe, expect, it } from 'vitest'
import { count, emptyReport, formatImportReport, isUnchanged, skip } from './report'

describe('the import report', () => {
  it('counts per kind and lists every skipped item with its reason', () => {
    const report = emptyReport()
    count(report, 'posts', 'imported')
    count(report, 'posts', 'unchanged')
    skip(report, 'comments', '#3 by Bo', 'its post was not imported')
    report.notes.push('The menu “Main” became the primary menu.')
    const text = formatImportReport(report)
    expect(text).toMatch(/Posts\s+1\s+0\s+1\s+0/)
    expect(text).toMatch(/Comments\s+0\s+0\s+0\s+1/)
    expect(text).toContain('- Comments: #3 by Bo: its post was not imported')
    expect(text).toContain('The menu “Main” became the primary menu.')
    expect(isUnchanged(report)).toBe(false)
    const again = emptyReport()
    count(again, 'posts', 'unchanged')
    expect(isUnchanged(again)).toBe(true)
  })
})
