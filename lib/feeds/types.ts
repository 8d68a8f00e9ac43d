// What a feed builder needs, in plain data: the route handler (lib/server/feeds.ts) fills it from the
// database with absolute URLs; the builders (rss.ts, atom.ts) only format it.

export type FeedEnclosure = { url: string; type: string; length: number }

export type FeedEntry = {
  // A stable id that survives slug changes (WordPress's ?p=ID guid).
  id: string
  title: string
  link: string
  published: number
  updated: number
  authorName: string
  categories: string[]
  // Plain text, shown by readers as the summary.
  summary: string
  // Sanitized HTML with absolute links, or null when the feed carries summaries only.
  contentHtml: string | null
  enclosure: FeedEnclosure | null
  // Comments feeds: the discussion of a post, for RSS's <comments>.
  commentsLink?: string
}

export type FeedChannel = {
  title: string
  // The HTML page the feed mirrors.
  link: string
  // The feed's own URL (atom:link rel="self").
  selfUrl: string
  description: string
  language: string
  // Newest change in the feed (ms); the feed's Last-Modified.
  updated: number
}
