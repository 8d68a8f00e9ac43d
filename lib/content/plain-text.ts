import { escapeHtml } from '@/lib/email/escape'

/** Plain text as typed (a comment, a quick draft) as HTML paragraphs: blank lines split, single newlines break. */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('')
}
