// What an import did, kind by kind, and every item it left out with the reason. Pure: the CLI prints
// formatImportReport(), the Import screen renders the same object.

export const importKinds = ['authors', 'categories', 'tags', 'menus', 'attachments', 'posts', 'pages', 'comments', 'menuItems', 'redirects'] as const
export type ImportKind = (typeof importKinds)[number]

export type KindCounts = { imported: number; updated: number; unchanged: number; skipped: number }
export type SkippedItem = { kind: ImportKind; label: string; reason: string }
export type ImportReport = { counts: Record<ImportKind, KindCounts>; skipped: SkippedItem[]; notes: string[] }

export const kindLabels: Record<ImportKind, string> = {
  authors: 'Authors',
  categories: 'Categories',
  tags: 'Tags',
  menus: 'Menus',
  attachments: 'Attachments',
  posts: 'Posts',
  pages: 'Pages',
  comments: 'Comments',
  menuItems: 'Menu items',
  redirects: 'Old links',
}

export function emptyReport(): ImportReport {
  const counts = Object.fromEntries(importKinds.map((kind) => [kind, { imported: 0, updated: 0, unchanged: 0, skipped: 0 }])) as Record<ImportKind, KindCounts>
  return { counts, skipped: [], notes: [] }
}

export type Outcome = 'imported' | 'updated' | 'unchanged'

export function count(report: ImportReport, kind: ImportKind, outcome: Outcome): void {
  report.counts[kind][outcome] += 1
}

export function skip(report: ImportReport, kind: ImportKind, label: string, reason: string): void {
  report.counts[kind].skipped += 1
  report.skipped.push({ kind, label, reason })
}

/** True when the import wrote nothing (every row was already there). */
export function isUnchanged(report: ImportReport): boolean {
  return importKinds.every((kind) => report.counts[kind].imported === 0 && report.counts[kind].updated === 0)
}

/** The report as plain text for the terminal. */
export function formatImportReport(report: ImportReport): string {
  const width = Math.max(...importKinds.map((kind) => kindLabels[kind].length))
  const lines = ['Kind'.padEnd(width) + '  imported  updated  unchanged  skipped']
  for (const kind of importKinds) {
    const counts = report.counts[kind]
    lines.push(
      `${kindLabels[kind].padEnd(width)}  ${String(counts.imported).padStart(8)}  ${String(counts.updated).padStart(7)}  ${String(counts.unchanged).padStart(9)}  ${String(counts.skipped).padStart(7)}`,
    )
  }
  if (report.skipped.length) {
    lines.push('', 'Skipped:')
    for (const item of report.skipped) lines.push(`- ${kindLabels[item.kind]}: ${item.label || '(untitled)'}: ${item.reason}`)
  }
  if (report.notes.length) {
    lines.push('', 'Notes:')
    for (const note of report.notes) lines.push(`- ${note}`)
  }
  return lines.join('\n')
}
