-- A password-protected post is found by its title and tags only: its body and excerpt never enter the
-- search index, so no search can tell a reader which words it holds (docs/decisions/0011-search-index.md).
-- The triggers of 0001 are replaced by ones that also watch the password.
DROP TRIGGER IF EXISTS `posts_search_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `posts_search_update`;
--> statement-breakpoint
CREATE TRIGGER `posts_search_insert` AFTER INSERT ON `posts` WHEN new.status = 'published' BEGIN
  INSERT INTO search_index(rowid, title, body, excerpt, tags)
  VALUES (new.id, new.title,
    CASE WHEN new.password = '' THEN spoonpress_plain_text(new.body) ELSE '' END,
    CASE WHEN new.password = '' THEN new.excerpt ELSE '' END,
    (SELECT coalesce(group_concat(t.name, ' '), '') FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = new.id));
END;
--> statement-breakpoint
CREATE TRIGGER `posts_search_update` AFTER UPDATE OF title, body, excerpt, status, password ON `posts` BEGIN
  DELETE FROM search_index WHERE rowid = old.id;
  INSERT INTO search_index(rowid, title, body, excerpt, tags)
  SELECT new.id, new.title,
    CASE WHEN new.password = '' THEN spoonpress_plain_text(new.body) ELSE '' END,
    CASE WHEN new.password = '' THEN new.excerpt ELSE '' END,
    (SELECT coalesce(group_concat(t.name, ' '), '') FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = new.id)
  WHERE new.status = 'published';
END;
--> statement-breakpoint
UPDATE search_index SET body = '', excerpt = '' WHERE rowid IN (SELECT id FROM posts WHERE password <> '');
