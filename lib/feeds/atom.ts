import type { FeedChannel, FeedEntry } from './types'
import { element, escapeXml } from './xml'

// Atom 1.0 (RFC 4287): every entry has id, title, updated and an author; the feed has id, title,
// updated and its self link.

const iso = (ms: number) => new Date(ms).toISOString()

function entry(item: FeedEntry): string {
  return [
    '<entry>',
    element('id', item.id),
    element('title', item.title, ' type="text"'),
    `<link rel="alternate" type="text/html" href="${escapeXml(item.link)}"/>`,
    element('published', iso(item.published)),
    element('updated', iso(item.updated)),
    `<author>${element('name', item.authorName || 'Anonymous')}</author>`,
    ...item.categories.map((name) => `<category term="${escapeXml(name)}"/>`),
    element('summary', item.summary, ' type="text"'),
    item.contentHtml ? element('content', item.contentHtml, ' type="html"') : '',
    item.enclosure
      ? `<link rel="enclosure" type="${escapeXml(item.enclosure.type)}" length="${item.enclosure.length}" href="${escapeXml(item.enclosure.url)}"/>`
      : '',
    '</entry>',
  ].join('')
}

export function buildAtom(channel: FeedChannel, entries: readonly FeedEntry[], authorName: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.language)}">`,
    element('id', channel.selfUrl),
    element('title', channel.title, ' type="text"'),
    channel.description ? element('subtitle', channel.description, ' type="text"') : '',
    element('updated', iso(channel.updated)),
    `<link rel="alternate" type="text/html" href="${escapeXml(channel.link)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(channel.selfUrl)}"/>`,
    `<author>${element('name', authorName || channel.title)}</author>`,
    element('generator', 'Spoonpress'),
    ...entries.map(entry),
    '</feed>\n',
  ].join('')
}
