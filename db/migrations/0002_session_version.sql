ALTER TABLE `authors` ADD `session_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `authors` ADD `kept_session_id` text;