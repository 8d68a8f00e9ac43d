import { expect, type Locator, type Page } from '@playwright/test'

// The post and page editor screens (/admin/posts/new, /admin/posts/ID, /admin/pages/...).
const saveIntents = { 'Save draft': 'draft', Publish: 'publish', Schedule: 'schedule', Update: 'update', Unpublish: 'unpublish' } as const

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

  // Waits for this very save to be done: the POST carrying its intent (a plain form field, or
  // "_1_intent" as React encodes an action's form data) has been answered and the editor shows
  // "?saved=<intent>". Waiting for any "?saved=" passed at once after an earlier save, since the page
  // was already there, and the next step raced the save: the editor journey's rare flake.
  async save(name: keyof typeof saveIntents) {
    const intent = saveIntents[name]
    const answered = this.page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && new RegExp(`name="(?:_\\d+_)?intent"\r\n\r\n${intent}\r\n`).test(response.request().postData() ?? ''),
    )
    await this.button(name).click()
    await answered
    await expect(this.page).toHaveURL(new RegExp(`/admin/(posts|pages)/\\d+\\?saved=${intent}$`))
  }

  async editedId(): Promise<number> {
    return Number(this.page.url().match(/\/admin\/(?:posts|pages)\/(\d+)/)?.[1])
  }

  // Without JavaScript the editor is a plain HTML textarea (inside <noscript>).
  async typeHtmlWithoutScript(html: string) {
    await this.page.getByRole('textbox', { name: 'Body', exact: true }).fill(html)
  }
}
