<?php
// Installs WordPress once and adds the bench's post: the same body and the same 200 comments in
// 40 threads five deep as scripts/bench.ts seeds into Spoonpress. Prints the post's id and path.
$_SERVER['HTTP_HOST'] = getenv('HTTP_HOST') ?: '127.0.0.1:8080';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if (!is_blog_installed()) {
  wp_install('Bench', 'admin', 'admin@example.com', true, '', wp_generate_password(24));
}
update_option('thread_comments', 1);
update_option('thread_comments_depth', 5);
update_option('page_comments', 0);
$existing = get_page_by_path('bench-two-hundred-comments', OBJECT, 'post');
if ($existing) {
  echo $existing->ID . ' ' . wp_make_link_relative(get_permalink($existing));
  exit(0);
}
$paragraph = 'Pacing is the quiet skill nobody teaches you. I plan the week around the things that matter most and leave room for the days that go sideways.';
$body = '';
for ($i = 1; $i <= 12; $i++) $body .= "<h2>Part $i</h2><p>$paragraph</p><p>$paragraph</p>";
$now = time();
$post_id = wp_insert_post([
  'post_title' => 'A long conversation about pacing',
  'post_name' => 'bench-two-hundred-comments',
  'post_content' => $body,
  'post_excerpt' => 'Two hundred comments deep.',
  'post_status' => 'publish',
  'post_author' => 1,
  'post_date' => gmdate('Y-m-d H:i:s', $now - 86400),
]);
$minute = 0;
for ($thread = 0; $thread < 40; $thread++) {
  $parent = 0;
  for ($depth = 0; $depth < 5; $depth++) {
    $minute += 7;
    $parent = wp_insert_comment([
      'comment_post_ID' => $post_id,
      'comment_parent' => $parent,
      'comment_author' => "Reader $thread-$depth",
      'comment_author_email' => "reader$thread.$depth@example.com",
      'comment_author_url' => $depth % 2 === 0 ? "https://example.com/reader-$thread" : '',
      'comment_content' => "This helped me a lot. I tried the spoon budget last month and https://example.com/notes was useful too.\n\nThank you for writing it down so plainly; on foggy days plain words matter.",
      'comment_approved' => 1,
      'comment_date' => gmdate('Y-m-d H:i:s', $now - 86400 + $minute * 60),
    ]);
  }
}
echo $post_id . ' ' . wp_make_link_relative(get_permalink($post_id));
