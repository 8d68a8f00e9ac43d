#!/usr/bin/env bash
# WordPress from Debian's packages on http://127.0.0.1:8080, with the same 200-comment post that
# `npm run bench` measures, so the bench can print WordPress's figures alongside ours:
#
#   sudo bash scripts/bench-wordpress/setup.sh      # prints the variables to give the bench
#   WP_URL=http://127.0.0.1:8080 WP_POST_PATH=/index.php/... WP_POST_ID=N npm run bench
#
# For measuring only: the database password is fixed, and comment flood protection is switched off
# (every bench comment comes from 127.0.0.1), so never point this at a real site. Runs MariaDB and
# Apache directly (no systemd needed); run it again after a reboot to start them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${WP_PORT:-8080}"

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordpress apache2 libapache2-mod-php mariadb-server php-mysql >/dev/null

if ! mysqladmin ping >/dev/null 2>&1; then
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  (mysqld_safe >/dev/null 2>&1 &)
  for _ in $(seq 1 60); do mysqladmin ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
mysql -e "create database if not exists wpbench; create user if not exists 'wpbench'@'localhost' identified by 'wpbench'; grant all on wpbench.* to 'wpbench'@'localhost';"

# Debian's wp-config.php reads /etc/wordpress/config-<host>.php for the Host header without its port.
cat >/etc/wordpress/config-127.0.0.1.php <<PHP
<?php
define('DB_NAME', 'wpbench');
define('DB_USER', 'wpbench');
define('DB_PASSWORD', 'wpbench');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HOME', 'http://127.0.0.1:${port}');
define('WP_SITEURL', 'http://127.0.0.1:${port}');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
\$table_prefix = 'wp_';
PHP

mkdir -p /var/lib/wordpress/wp-content/mu-plugins
cp "$here/no-comment-flood.php" /var/lib/wordpress/wp-content/mu-plugins/

cat >/etc/apache2/sites-available/wpbench.conf <<CONF
Listen 127.0.0.1:${port}
<VirtualHost 127.0.0.1:${port}>
  DocumentRoot /usr/share/wordpress
  DirectoryIndex index.php
  Alias /wp-content /var/lib/wordpress/wp-content
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    Require all granted
  </Directory>
  <Directory /var/lib/wordpress/wp-content>
    Options FollowSymLinks
    Require all granted
  </Directory>
</VirtualHost>
CONF
a2ensite -q wpbench >/dev/null
apachectl -k restart 2>/dev/null || apachectl -k start

# Install (once) and add the bench post; prints the variables to give the bench.
read -r post_id post_path < <(HTTP_HOST="127.0.0.1:${port}" php "$here/seed.php"; echo)
# WordPress writes its rewrite rules lazily; without them the category archive answers 404.
HTTP_HOST="127.0.0.1:${port}" php -r '$_SERVER["HTTP_HOST"] = getenv("HTTP_HOST"); require "/usr/share/wordpress/wp-load.php"; flush_rewrite_rules(false);'
echo "WP_URL=http://127.0.0.1:${port} WP_POST_PATH=${post_path} WP_POST_ID=${post_id} WP_ARCHIVE_PATH=/index.php/category/uncategorized/"
