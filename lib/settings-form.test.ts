import { describe, expect, it } from 'vitest'
import { invalid } from './form-state'
import { defaultSettings } from './settings'
import { parseSettingsForm, readSettingsForm, settingsFormValues } from './settings-form'

function formFrom(values: Record<string, string>): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(values)) form.append(name, value)
  return form
}

// The form exactly as the screen renders it for the defaults, then changed.
function settingsForm(changes: Record<string, string | null> = {}): FormData {
  const values: Record<string, string> = { ...settingsFormValues(defaultSettings) }
  // An unchecked checkbox is not posted at all.
  if (values.commentModerationFirst === '') delete values.commentModerationFirst
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) delete values[name]
    else values[name] = value
  }
  return formFrom(values)
}

function fieldErrors(form: FormData) {
  const result = parseSettingsForm(form)
  if (result.success) throw new Error('expected the form to be refused')
  return invalid(result.error, form).fieldErrors
}

describe('parseSettingsForm', () => {
  it('round-trips the defaults unchanged', () => {
    expect(parseSettingsForm(settingsForm())).toEqual({ success: true, data: defaultSettings })
  })

  it('reads numbers, the order, the category and trims text', () => {
    const result = parseSettingsForm(
      settingsForm({ commentDepth: ' 1 ', commentOrder: 'newest', defaultCategoryId: '7', siteTitle: '  Spoon Notes  ', commentsPerPage: '0' }),
    )
    expect(result.success && result.data).toMatchObject({
      commentDepth: 1,
      commentOrder: 'newest',
      defaultCategoryId: 7,
      siteTitle: 'Spoon Notes',
      commentsPerPage: 0,
    })
  })

  it('treats an unchecked checkbox as false and a ticked one as true', () => {
    const unchecked = parseSettingsForm(settingsForm({ commentModerationFirst: null }))
    expect(unchecked.success && unchecked.data.commentModerationFirst).toBe(false)
    const checked = parseSettingsForm(settingsForm({ commentModerationFirst: 'on' }))
    expect(checked.success && checked.data.commentModerationFirst).toBe(true)
  })

  it('makes an empty category the automatic fallback (null)', () => {
    const result = parseSettingsForm(settingsForm({ defaultCategoryId: '' }))
    expect(result.success && result.data.defaultCategoryId).toBeNull()
  })

  it('keeps one block-list entry a line, without blank lines or stray spaces', () => {
    const result = parseSettingsForm(settingsForm({ commentBlockList: '  casino \r\n\r\ncheap pills\n  ' }))
    expect(result.success && result.data.commentBlockList).toBe('casino\ncheap pills')
  })

  it('accepts real time zones, written the canonical way, and refuses made-up ones', () => {
    const lower = parseSettingsForm(settingsForm({ timeZone: 'europe/london' }))
    expect(lower.success && lower.data.timeZone).toBe('Europe/London')
    const utc = parseSettingsForm(settingsForm({ timeZone: 'UTC' }))
    expect(utc.success && utc.data.timeZone).toBe('UTC')
    expect(fieldErrors(settingsForm({ timeZone: 'Mars/Olympus_Mons' })).timeZone).toMatch(/time zone by its name/)
    expect(fieldErrors(settingsForm({ timeZone: '+01:00' })).timeZone).toMatch(/time zone by its name/)
    expect(fieldErrors(settingsForm({ timeZone: '' })).timeZone).toBe('Please enter a time zone, such as Europe/London.')
  })

  it('says in plain words what is wrong with each field, all at once', () => {
    const errors = fieldErrors(
      settingsForm({
        siteTitle: '   ',
        commentDepth: '0',
        commentsPerPage: '',
        commentLinkLimit: 'abc',
        commentFloodSeconds: '2.5',
        tagline: 'x'.repeat(201),
        commentOrder: 'random',
        defaultCategoryId: 'x',
        feedContent: 'everything',
      }),
    )
    expect(errors).toEqual({
      siteTitle: 'Please give the site a title.',
      commentDepth: 'Please choose a number from 1 to 10.',
      commentsPerPage: 'Please enter a number.',
      commentLinkLimit: 'Please enter a whole number from 0 to 100.',
      commentFloodSeconds: 'Please enter a whole number from 0 to 3600.',
      tagline: 'Please keep this under 200 characters.',
      commentOrder: 'Please choose oldest or newest first.',
      feedContent: 'Please choose the full post or the summary.',
      defaultCategoryId: 'Please choose a category from the list.',
    })
  })

  it('takes a backup time as HH:MM or empty (off), and refuses anything else next to the field', () => {
    const parsed = parseSettingsForm(settingsForm({ backupTime: ' 23:30 ', backupKeep: '3' }))
    expect(parsed.success && parsed.data).toMatchObject({ backupTime: '23:30', backupKeep: 3 })
    expect(parseSettingsForm(settingsForm({ backupTime: '' })).success).toBe(true)
    expect(fieldErrors(settingsForm({ backupTime: '3am', backupKeep: '0' }))).toEqual({
      backupTime: 'Please enter a time as HH:MM on the 24-hour clock, such as 03:00, or leave it empty to turn automatic backups off.',
      backupKeep: 'Please choose a number from 1 to 365.',
    })
  })

  it('refuses a depth above the range with the range in the message', () => {
    expect(fieldErrors(settingsForm({ commentDepth: '11' })).commentDepth).toBe('Please choose a number from 1 to 10.')
  })

  it('refuses a missing number field rather than reading it as 0', () => {
    expect(fieldErrors(settingsForm({ newsletterRatePerSecond: null })).newsletterRatePerSecond).toBe('Please enter a number.')
  })
})

describe('readSettingsForm', () => {
  it('ignores fields the schema does not know', () => {
    expect(readSettingsForm(settingsForm({ isAdmin: 'on' }))).not.toHaveProperty('isAdmin')
  })
})

describe('settingsFormValues', () => {
  it('writes every setting as the text its field shows', () => {
    const values = settingsFormValues({ ...defaultSettings, commentModerationFirst: false, defaultCategoryId: null, commentDepth: 3 })
    expect(values).toMatchObject({ commentModerationFirst: '', defaultCategoryId: '', commentDepth: '3', siteTitle: defaultSettings.siteTitle })
    expect(settingsFormValues(defaultSettings).commentModerationFirst).toBe('on')
  })
})
