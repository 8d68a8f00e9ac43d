import { expect, expectNoAxeViolations, openTestDatabase, signIn, test, uniqueText } from './fixtures'

const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

function altOf(fileAlt: string): string | undefined {
  const sqlite = openTestDatabase()
  try {
    return (sqlite.prepare('select alt from media where alt = ?').get(fileAlt) as { alt: string } | undefined)?.alt
  } finally {
    sqlite.close()
  }
}

test('the alt text and caption of an uploaded image can be corrected', async ({ page, isJavaScriptEnabled }) => {
  await signIn(page)
  const firstAlt = uniqueText('A teacup on a sill')
  await page.goto('/admin/media')
  await page.getByLabel('Image file').setInputFiles({ name: 'teacup.png', mimeType: 'image/png', buffer: onePixelPng })
  await page.getByLabel('Alt text').fill(firstAlt)
  await page.getByRole('button', { name: 'Upload' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Uploaded' })).toBeVisible()

  await page.goto('/admin/media')
  await page.getByRole('link', { name: `Edit alt text and caption of ${firstAlt}` }).click()
  await expect(page.getByRole('heading', { name: 'Edit image' })).toBeVisible()
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)

  // An empty description is refused next to the field; the caption typed stays.
  const caption = uniqueText('Morning light')
  await page.getByLabel('Alt text').fill('')
  await page.getByLabel('Caption').fill(caption)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('#edit-alt-error')).toHaveText('Please describe the image for people who cannot see it.')
  await expect(page.getByLabel('Caption')).toHaveValue(caption)
  expect(altOf(firstAlt)).toBe(firstAlt)

  const betterAlt = uniqueText('A blue teacup on a sunny windowsill')
  await page.getByLabel('Alt text').fill(betterAlt)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  expect(altOf(betterAlt)).toBe(betterAlt)
  await page.goto('/admin/media')
  await expect(page.getByRole('img', { name: betterAlt })).toBeVisible()
  await expect(page.getByText(caption)).toBeVisible()
})
