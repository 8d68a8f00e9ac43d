<?php
// Bench only (scripts/bench-wordpress/setup.sh): every bench comment comes from 127.0.0.1, which
// WordPress's flood check would refuse after the first.
add_filter('wp_is_comment_flood', '__return_false', 99);
remove_all_actions('check_comment_flood');
add_action('init', function () { remove_all_actions('check_comment_flood'); });
