import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import Database from 'better-sqlite3'
import path from 'node:path'

// The database behind the server under test (see playwright.config.ts webServer).
export const e2eDatabasePath = path.resolve('.e2e-data', 'spoonpress.db')

export function openTestDatabase() {
  const sqlite = new Database(e2eDatabasePath)
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('foreign_keys = ON')
  return sqlite
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(summary).toEqual([])
}

export const test = base.extend<{ isJavaScriptEnabled: boolean }>({
  isJavaScriptEnabled: async ({ javaScriptEnabled }, provide) => {
    await provide(javaScriptEnabled !== false)
  },
})

export { expect }
