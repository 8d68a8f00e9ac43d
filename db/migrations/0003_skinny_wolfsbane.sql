CREATE TABLE `import_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`original_name` text DEFAULT '' NOT NULL,
	`file_name` text NOT NULL,
	`total_bytes` integer DEFAULT 0 NOT NULL,
	`processed_bytes` integer DEFAULT 0 NOT NULL,
	`phase` text DEFAULT '' NOT NULL,
	`report` text,
	`error` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`finished_at` integer
);
--> statement-breakpoint
CREATE TABLE `wordpress_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`wordpress_id` integer NOT NULL,
	`url` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`caption` text DEFAULT '' NOT NULL,
	`parent_wordpress_id` integer,
	`media_id` integer,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wordpress_attachments_wordpress_id_unique` ON `wordpress_attachments` (`wordpress_id`);--> statement-breakpoint
ALTER TABLE `comments` ADD `type` text DEFAULT 'comment' NOT NULL;--> statement-breakpoint
CREATE INDEX `comments_wordpress_idx` ON `comments` (`post_id`,`wordpress_id`);--> statement-breakpoint
ALTER TABLE `menu_items` ADD `wordpress_id` integer;--> statement-breakpoint
ALTER TABLE `menus` ADD `wordpress_id` integer;--> statement-breakpoint
ALTER TABLE `posts` ADD `password` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `posts` ADD `featured_image_url` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `posts_wordpress_idx` ON `posts` (`wordpress_id`);--> statement-breakpoint
ALTER TABLE `tags` ADD `wordpress_id` integer;