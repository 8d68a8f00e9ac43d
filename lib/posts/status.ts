// The states a post or page can be in. Defined here, not in db/schema.ts, so the pure rules in lib/
// can name them without importing the database layer; the schema reads them from here.
export type PostType = 'post' | 'page'
export type PostStatus = 'draft' | 'scheduled' | 'published' | 'trash'
export type CommentStatusSetting = 'open' | 'closed'
