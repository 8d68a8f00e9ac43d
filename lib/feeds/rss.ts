import type { FeedChannel, FeedEntry } from './types'
import { element, escapeXml } from './xml'

// RSS 2.0 (https://www.rssboard.org/rss-specification) with the namespaces WordPress uses: the full
// post in content:encoded, the author's name in dc:creator (RSS's own <author> must be an email
// address, and no email goes into a feed), the feed's own URL in atom:link rel="self".

export function rfc822(ms: number): string {
  return new Date(ms).toUTCString().replace('GMT', '+0000')
}

function item(entry: FeedEntry): string {
  return [
    '<item>',
    element('title', entry.title),
    element('link', entry.link),
    element('guid', entry.id, ' isPermaLink="false"'),
    element('pubDate', rfc822(entry.published)),
    element('dc:creator', entry.authorName),
    ...entry.categories.map((name) => element('category', name)),
    element('description', entry.summary),
    entry.contentHtml ? element('content:encoded', entry.contentHtml) : '',
    entry.commentsLink ? element('comments', entry.commentsLink) : '',
    entry.enclosure ? `<enclosure url="${escapeXml(entry.enclosure.url)}" length="${entry.enclosure.length}" type="${escapeXml(entry.enclosure.type)}"/>` : '',
    '</item>',
  ].join('')
}

export function buildRss(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    // Required, and may not be empty: fall back to the title.
    element('description', channel.description || channel.title),
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    element('language', channel.language),
    element('lastBuildDate', rfc822(channel.updated)),
    element('generator', 'Spoonpress'),
    ...entries.map(item),
    '</channel>',
    '</rss>\n',
  ].join('')
}
