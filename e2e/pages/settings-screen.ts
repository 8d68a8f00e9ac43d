import { expect, type Locator, type Page } from '@playwright/test'
import { openTestDatabase } from '../fixtures'

// /admin/settings: the site settings form and, below it, the author profile form.
export class SettingsScreen {
  readonly settingsForm: Locator
  readonly profileForm: Locator

  constructor(readonly page: Page) {
    this.settingsForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save settings' }) })
    this.profileForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save profile' }) })
  }

  async goto() {
    await this.page.goto('/admin/settings')
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  }

  setting(label: string) {
    return this.settingsForm.getByLabel(label, { exact: true })
  }

  profile(label: string) {
    return this.profileForm.getByLabel(label, { exact: true })
  }

  /** Fills text fields and selects (by option value or label) by their labels, saves, and waits for the confirmation. */
  async save(values: Record<string, string>) {
    await this.goto()
    for (const [label, value] of Object.entries(values)) await fillField(this.setting(label), value)
    await this.page.getByRole('button', { name: 'Save settings' }).click()
    await expect(this.settingsForm.getByRole('status')).toHaveText('Settings saved.')
  }

  async saveProfile(values: Record<string, string>) {
    await this.goto()
    for (const [label, value] of Object.entries(values)) await fillField(this.profile(label), value)
    await this.page.getByRole('button', { name: 'Save profile' }).click()
    await expect(this.profileForm.getByRole('status')).toHaveText('Profile saved.')
  }
}

async function fillField(field: Locator, value: string) {
  if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value)
  else await field.fill(value)
}

/** The settings rows as stored (JSON text), to compare before and after. */
export function storedSettings(): Record<string, string> {
  const sqlite = openTestDatabase()
  try {
    const rows = sqlite.prepare('select key, value from settings order by key').all() as { key: string; value: string }[]
    return Object.fromEntries(rows.map((row) => [row.key, row.value]))
  } finally {
    sqlite.close()
  }
}
