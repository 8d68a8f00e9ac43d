import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RichTextEditor } from './rich-text-editor'

// The editor itself only runs in a browser (immediatelyRender: false). On the server it renders its
// label and nothing that posts: the no-JavaScript body field belongs to the post form
// (components/admin/post-editor/content-fields.tsx), because this component arrives as a lazy chunk.
describe('RichTextEditor on the server', () => {
  const html = renderToString(<RichTextEditor name="body" label="Body" initialHtml={'<p>Soup & "bread"</p>'} />)

  it('renders the label', () => {
    expect(html).toMatch(/<label id="[^"]+-label"[^>]*>Body<\/label>/)
  })

  it('posts nothing under the field name and shows no toolbar that could not work', () => {
    expect(html).not.toMatch(/name="body"/)
    expect(html).not.toContain('type="hidden"')
    expect(html).not.toContain('role="toolbar"')
  })
})
