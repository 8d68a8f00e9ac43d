import type { Locator, Page } from '@playwright/test'

// The seed's post page: locators by role and label, never by CSS class.
export class PostPage {
  readonly main: Locator
  readonly breadcrumbs: Locator
  readonly primaryMenu: Locator
  readonly comments: Locator
  readonly sidebar: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
    this.primaryMenu = page.getByRole('navigation', { name: 'Primary' })
    this.comments = page.getByRole('region', { name: /comment/i }).filter({ has: page.getByRole('heading', { level: 2, name: /comment/i }) })
    this.sidebar = page.getByRole('complementary', { name: 'Sidebar' })
  }

  async goto(slug: string) {
    return this.page.goto(`/${slug}`)
  }

  greeting() {
    return this.main.getByRole('region', { name: /welcome/i })
  }

  comment(authorName: string) {
    return this.page.getByRole('article', { name: authorName })
  }
}
