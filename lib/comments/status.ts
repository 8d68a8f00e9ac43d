// A comment's moderation state (see db/schema.ts, which stores it, and lib/comments/moderation-queue.ts).
export type CommentStatus = 'pending' | 'approved' | 'spam' | 'trash'

// Pingbacks and trackbacks come from WordPress imports: kept, never shown (docs/decisions/0017).
export type CommentType = 'comment' | 'pingback' | 'trackback'
