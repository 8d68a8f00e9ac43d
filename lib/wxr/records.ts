// The typed records the WXR parser yields, one at a time, in file order. Field names follow the WXR
// elements they come from; values are the raw text of the file (content is converted later).

export type WxrSite = { kind: 'site'; version: string; title: string; link: string; baseBlogUrl: string }

export type WxrAuthor = { kind: 'author'; wordpressId: number | null; login: string; email: string; displayName: string }

export type WxrTermTaxonomy = 'category' | 'post_tag' | 'nav_menu' | 'other'

export type WxrTerm = {
  kind: 'term'
  taxonomy: WxrTermTaxonomy
  // The taxonomy as written in the file, for the report when it is one we leave out (post_format…).
  taxonomyName: string
  wordpressId: number | null
  slug: string
  parentSlug: string
  name: string
  description: string
}

export type WxrItemTerm = { domain: string; slug: string; name: string }

export type WxrItem = {
  kind: 'item'
  wordpressId: number
  postType: string
  title: string
  link: string
  guid: string
  creator: string
  content: string
  excerpt: string
  postDate: string
  postDateGmt: string
  modifiedGmt: string
  commentStatus: string
  slug: string
  status: string
  parentWordpressId: number
  menuOrder: number
  password: string
  isSticky: boolean
  attachmentUrl: string
  terms: WxrItemTerm[]
  meta: Record<string, string>
}

export type WxrComment = {
  kind: 'comment'
  postWordpressId: number
  wordpressId: number
  parentWordpressId: number
  authorName: string
  authorEmail: string
  authorUrl: string
  authorIp: string
  date: string
  dateGmt: string
  content: string
  approved: string
  type: string
  userWordpressId: number
}

export type WxrRecord = WxrSite | WxrAuthor | WxrTerm | WxrItem | WxrComment

/** A file we refuse, with the one sentence the editor sees. */
export class WxrError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WxrError'
  }
}
