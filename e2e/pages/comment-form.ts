import type { Locator, Page } from '@playwright/test'

export type CommentFields = { comment: string; name: string; email: string; website?: string; saveDetails?: boolean; notify?: boolean }

// The comment form ("Leave a Reply"), wherever it currently sits on the page.
export class CommentForm {
  readonly region: Locator

  constructor(readonly page: Page) {
    this.region = page.locator('#respond')
  }

  field(label: 'Comment' | 'Name' | 'Email' | 'Website') {
    return this.region.getByRole('textbox', { name: label, exact: true })
  }

  async fill(fields: CommentFields) {
    await this.field('Comment').fill(fields.comment)
    await this.field('Name').fill(fields.name)
    await this.field('Email').fill(fields.email)
    if (fields.website !== undefined) await this.field('Website').fill(fields.website)
    if (fields.saveDetails) await this.region.getByLabel(/Save my name/).check()
    if (fields.notify) await this.region.getByLabel('Notify me of replies by email').check()
  }

  async submit() {
    await this.region.getByRole('button', { name: 'Post Comment' }).click()
  }

  async post(fields: CommentFields) {
    await this.fill(fields)
    await this.submit()
  }

  status() {
    return this.region.getByRole('status')
  }

  errorFor(label: 'Comment' | 'Name' | 'Email' | 'Website') {
    return this.field(label).locator('xpath=following-sibling::p[1]')
  }
}
