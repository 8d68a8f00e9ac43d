import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { buttonClass } from './button'
import { Field } from './field'

const render = (props: Partial<React.ComponentProps<typeof Field>>) =>
  renderToStaticMarkup(
    <Field id="field-title" name="title" label="Title" error={undefined} {...props}>
      {(control) => <input {...control} />}
    </Field>,
  )

describe('Field', () => {
  it('labels the control and leaves it undescribed when there is neither hint nor error', () => {
    const html = render({})
    expect(html).toContain('<label for="field-title"')
    expect(html).toContain('<input id="field-title" name="title"/>')
  })

  it('describes the control by its error first, then its hint, and marks it invalid', () => {
    const html = render({ hint: 'A short line.', error: 'Please give a title.' })
    expect(html).toContain('<p id="field-title-hint" class="text-sm text-muted">A short line.</p>')
    expect(html).toContain('aria-invalid="true" aria-describedby="field-title-error field-title-hint"')
    expect(html).toContain('<p id="field-title-error" class="mt-1 font-bold text-accent-dark">Please give a title.</p>')
  })

  it('reads the hint first where a form always has, and takes given ids', () => {
    const html = render({ hint: 'PNG or JPEG.', error: 'Too large.', hintFirst: true, errorId: 'file-error', hintId: 'file-hint', errorRole: 'alert' })
    expect(html).toContain('aria-describedby="file-hint file-error"')
    expect(html).toContain('<p id="file-error" role="alert"')
  })

  it('leaves out the name of a control that must never be posted', () => {
    expect(render({ name: undefined })).toContain('<input id="field-title"/>')
  })
})

describe('buttonClass', () => {
  it('keeps the primary look in one place, and lets a caller override a size', () => {
    expect(buttonClass()).toBe('rounded bg-accent text-on-accent hover:bg-accent-dark px-5 py-2 font-bold')
    expect(buttonClass({ variant: 'secondary', size: 'bare', className: 'px-2 py-1 text-sm' })).toBe(
      'rounded border border-line bg-card hover:bg-accent-soft px-2 py-1 text-sm',
    )
    // A caller's own radius replaces the default instead of fighting it (no tailwind-merge here).
    expect(buttonClass({ size: 'bare', className: 'rounded-md px-4' })).toBe('bg-accent text-on-accent hover:bg-accent-dark rounded-md px-4')
  })
})
