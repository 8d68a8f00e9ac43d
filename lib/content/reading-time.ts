import { plainText } from './excerpt'

/** Minutes to read the html at `wordsPerMinute`, rounded up, never less than 1. */
export function readingMinutes(html: string, wordsPerMinute = 200): number {
  const text = plainText(html)
  const wordCount = text === '' ? 0 : text.split(' ').length
  const pace = wordsPerMinute > 0 ? wordsPerMinute : 200
  return Math.max(1, Math.ceil(wordCount / pace))
}
