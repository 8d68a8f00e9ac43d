import type { Locator, Page } from '@playwright/test'

// /admin/comments: the moderation queues, by role and label.
export class ModerationQueuePage {
  constructor(readonly page: Page) {}

  async goto(status: 'pending' | 'approved' | 'spam' | 'trash', query = '') {
    await this.page.goto(`/admin/comments?status=${status}${query ? `&q=${encodeURIComponent(query)}` : ''}`)
  }

  row(text: string): Locator {
    return this.page.getByRole('row').filter({ hasText: text })
  }

  button(text: string, name: RegExp | string): Locator {
    return this.row(text).getByRole('button', { name })
  }

  notice(): Locator {
    return this.page.getByRole('main').getByRole('status').filter({ hasText: /\S/ }).first()
  }

  queueLink(label: 'Pending' | 'Approved' | 'Spam' | 'Trash'): Locator {
    return this.page.getByRole('navigation', { name: 'Comment queues' }).getByRole('link', { name: new RegExp(`^${label} \\(\\d+\\)$`) })
  }
}
