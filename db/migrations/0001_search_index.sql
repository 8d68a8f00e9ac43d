-- Full-text search over published posts and pages (docs/decisions/0011-search-index.md).
-- The index is kept in step by triggers, so every write to posts, post_tags or tags (editor, scheduler,
-- import, seed) updates it inside the same transaction. spoonpress_plain_text() is registered on every
-- connection by db/client.ts (lib/content/excerpt.ts plainText): bodies are indexed as text, not HTML.
CREATE VIRTUAL TABLE `search_index` USING fts5(title, body, excerpt, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
-- The `rank` column ranks by bm25 with these column weights (title, body, excerpt, tags): a title match counts most.
INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0, 6.0)');
--> statement-breakpoint
CREATE TRIGGER `posts_search_insert` AFTER INSERT ON `posts` WHEN new.status = 'published' BEGIN
  INSERT INTO search_index(rowid, title, body, excerpt, tags)
  VALUES (new.id, new.title, spoonpress_plain_text(new.body), new.excerpt,
    (SELECT coalesce(group_concat(t.name, ' '), '') FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = new.id));
END;
--> statement-breakpoint
CREATE TRIGGER `posts_search_update` AFTER UPDATE OF title, body, excerpt, status ON `posts` BEGIN
  DELETE FROM search_index WHERE rowid = old.id;
  INSERT INTO search_index(rowid, title, body, excerpt, tags)
  SELECT new.id, new.title, spoonpress_plain_text(new.body), new.excerpt,
    (SELECT coalesce(group_concat(t.name, ' '), '') FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = new.id)
  WHERE new.status = 'published';
END;
--> statement-breakpoint
CREATE TRIGGER `posts_search_delete` AFTER DELETE ON `posts` BEGIN
  DELETE FROM search_index WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `post_tags_search_insert` AFTER INSERT ON `post_tags` BEGIN
  UPDATE search_index SET tags = (SELECT coalesce(group_concat(t.name, ' '), '') FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = new.post_id)
  WHERE rowid = new.post_id;
END;
--> statement-breakpoint
CREATE TRIGGER `post_tags_search_delete` AFTER DELETE ON `post_tags` BEGIN
  UPDATE search_index SET tags = (SELECT coalesce(group_concat(t.name, ' '), '') FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = old.post_id)
  WHERE rowid = old.post_id;
END;
--> statement-breakpoint
CREATE TRIGGER `tags_search_update` AFTER UPDATE OF name ON `tags` BEGIN
  UPDATE search_index SET tags = (SELECT coalesce(group_concat(t.name, ' '), '') FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = search_index.rowid)
  WHERE rowid IN (SELECT post_id FROM post_tags WHERE tag_id = new.id);
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, title, body, excerpt, tags)
SELECT p.id, p.title, spoonpress_plain_text(p.body), p.excerpt,
  (SELECT coalesce(group_concat(t.name, ' '), '') FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id)
FROM posts p WHERE p.status = 'published';
