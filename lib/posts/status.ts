// The states a post or page can be in. Defined here, not in db/schema.ts, so the pure rules in lib/
// can name them without importing the database layer; the schema reads them from here.
export type PostType = 'post' | 'page'
// pending and private come from WordPress imports; neither is ever shown to readers.
export type PostStatus = 'draft' | 'pending' | 'scheduled' | 'published' | 'private' | 'trash'
export type CommentStatusSetting = 'open' | 'closed'
