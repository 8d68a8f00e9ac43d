CREATE INDEX `comments_email_lower_status_idx` ON `comments` (lower("author_email"),`status`);--> statement-breakpoint
CREATE INDEX `comments_post_email_idx` ON `comments` (`post_id`,`author_email`);