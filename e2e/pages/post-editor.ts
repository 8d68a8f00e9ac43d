import { expect, type Locator, type Page } from '@playwright/test'

// The post and page editor screens (/admin/posts/new, /admin/posts/ID, /admin/pages/...).
export class PostEditor {
  readonly body: Locator
  readonly toolbar: Locator

  constructor(readonly page: Page) {
    this.body = page.getByRole('textbox', { name: 'Body' })
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' })
  }

  async newPost(type: 'post' | 'page' = 'post') {
    await this.page.goto(`/admin/${type}s/new`)
  }

  field(label: 'Title' | 'Slug' | 'Excerpt' | 'Key points' | 'Tags' | 'What changed' | 'Publish at') {
    return this.page.getByLabel(label, { exact: true })
  }

  button(name: 'Save draft' | 'Publish' | 'Schedule' | 'Update' | 'Unpublish' | 'Move to trash' | 'Restore') {
    return this.page.getByRole('button', { name, exact: true })
  }

  async save(name: 'Save draft' | 'Publish' | 'Schedule' | 'Update' | 'Unpublish') {
    await this.button(name).click()
    await expect(this.page).toHaveURL(/\/admin\/(posts|pages)\/\d+\?saved=/)
  }

  async editedId(): Promise<number> {
    return Number(this.page.url().match(/\/admin\/(?:posts|pages)\/(\d+)/)?.[1])
  }

  // Without JavaScript the editor is a plain HTML textarea (inside <noscript>).
  async typeHtmlWithoutScript(html: string) {
    await this.page.getByRole('textbox', { name: 'Body', exact: true }).fill(html)
  }
}
