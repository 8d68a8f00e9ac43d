vcl 4.1;

# Varnish (Debian's varnish package, 7.1) in front of Spoonpress's `npm start`.
# Why each rule is here: docs/cdn.md and docs/decisions/0026-shared-caches.md.
#
#   varnishd -a :80 -f /etc/varnish/spoonpress.vcl -s malloc,256m
#   PURGE_URL=http://127.0.0.1:6081/ npm start     (the address Varnish listens on)
#
# The app says what may be shared: reader pages come with `Cache-Control: public, max-age=0,
# s-maxage=60, stale-while-revalidate=30, stale-if-error=86400` and their cache tags in `Cache-Tag`;
# everything per-reader comes with `private, no-store`. When content changes the app sends
# `PURGE /` with the changed tags in `X-Cache-Tags`, and this file bans every page carrying one.

import std;
import cookie;

backend spoonpress {
    .host = "127.0.0.1";
    .port = "3000";
    .first_byte_timeout = 60s;
    # A cheap page that answers whenever the app does: while it fails, readers get the last good
    # copy of a page for up to a day (stale-if-error) instead of an error.
    .probe = {
        .url = "/robots.txt";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
        .initial = 3;
    }
}

# Who may ban pages: the app's own machine. Add the addresses of the app's hosts if they differ.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # Tags as lib/http/shared-cache-headers.ts writes them: letters, digits, ':', '_', '-'. The
        # check keeps the ban expression below a plain alternation of literal tags.
        if (req.http.X-Cache-Tags !~ "^[A-Za-z0-9:_-]+( [A-Za-z0-9:_-]+)*$") {
            return (synth(400, "X-Cache-Tags: tags separated by single spaces"));
        }
        # Only obj.* in the expression, so the ban lurker clears matching objects in the background
        # instead of every later lookup testing them.
        ban("obj.http.Cache-Tag ~ (^|,)(" + regsuball(req.http.X-Cache-Tags, " ", "|") + ")(,|$)");
        return (synth(200, "Banned"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        # Comments, logins, server actions: straight through, never stored.
        return (pass);
    }
    # Next's client router and server actions ask with these headers (and ?_rsc=).
    if (req.http.RSC || req.http.Next-Action || req.http.Next-Router-State-Tree || req.http.Next-Router-Prefetch) {
        return (pass);
    }
    # The editor, sign-in, the API (the returning-visitor image too), previews: always per person.
    if (req.url ~ "^/(admin|api|login|preview)(/|\?|$)") {
        return (pass);
    }

    # Campaign parameters change nothing on the page: dropped so they do not split the cache.
    set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z]+|fbclid|gclid|msclkid|mc_cid|mc_eid)=[^&]*&?", "");
    set req.url = regsub(req.url, "[?&]+$", "");
    # Any other query is per-reader (?replytocom=, ?unapproved=) or a search: never shared,
    # as in the app's own front cache.
    if (req.url ~ "\?") {
        return (pass);
    }

    unset req.http.X-Spoonpress-Returning;
    unset req.http.X-Spoonpress-Comfort;
    if (req.http.Cookie) {
        # A per-reader page: a signed-in author (next-auth's session), a comment of theirs awaiting
        # moderation, their saved commenter details, an unlocked password-protected post.
        if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?(authjs|next-auth)\.session-token" ||
            req.http.Cookie ~ "(^|;\s*)(sp_pending|sp_commenter|sp_postpass)=") {
            return (pass);
        }
        cookie.parse(req.http.Cookie);
        # Cookies no page depends on: the last-visit times only a script reads (sp_seen) and
        # analytics; they are dropped before the lookup and never reach the app.
        cookie.filter_re("^(sp_seen|_ga|_ga_.*|_gid|_gat.*|__utm.*|_fbp|_pk_.*|_hj.*|_clck|_clsk)$");
        cookie.filter("sp_returning,sp_comfort");
        if (cookie.get_string() != "") {
            # A cookie this file does not know may make the page someone's own: never shared.
            return (pass);
        }
        cookie.clean();
        cookie.parse(req.http.Cookie);
        # The greeting variant: the app reads only whether the cookie is there.
        if (cookie.isset("sp_returning")) {
            set req.http.X-Spoonpress-Returning = "1";
        }
        # Reading comfort (docs/decisions/0021-reading-comfort.md) is written into the page's <html>
        # by the app, so it is part of the cache key. Only the app's own spelling is kept (settings
        # in a fixed order, at most 96 variants); anything else reads as the neutral page, as the
        # app itself would show it.
        if ("." + cookie.get("sp_comfort") ~ "^(\.size-larger?)?(\.spacing-wide)?(\.theme-(light|dim|contrast))?(\.motion-reduce)?(\.focus-on)?$" &&
            cookie.get("sp_comfort") != "") {
            set req.http.X-Spoonpress-Comfort = cookie.get("sp_comfort");
        }
        unset req.http.Cookie;
        if (req.http.X-Spoonpress-Returning) {
            set req.http.Cookie = "sp_returning=1";
        }
        if (req.http.X-Spoonpress-Comfort) {
            set req.http.Cookie = req.http.Cookie + "; sp_comfort=" + req.http.X-Spoonpress-Comfort;
            set req.http.Cookie = regsub(req.http.Cookie, "^; ", "");
        }
    }

    # Serve a copy past its s-maxage while a fresh one is fetched: for our stale-while-revalidate
    # window (30 s, lib/http/shared-cache-headers.ts) while the app is up, for the object's whole
    # grace (stale-if-error, a day) while it is down.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 30s;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    # The two things a shared page varies by (docs/decisions/0005 and 0021).
    if (req.http.X-Spoonpress-Returning) {
        hash_data("returning");
    } else {
        hash_data("first");
    }
    hash_data("comfort=" + req.http.X-Spoonpress-Comfort);
    return (lookup);
}

sub vcl_backend_fetch {
    unset bereq.http.X-Spoonpress-Returning;
    unset bereq.http.X-Spoonpress-Comfort;
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    # A failed background refresh keeps the copy we have (stale-if-error).
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Stored only when the app says so: never anything that sets a cookie or is private, and never
    # HTML without cache tags (it could not be purged). Static files (/_next/static, fonts, avatars)
    # carry their own long max-age.
    if (beresp.status >= 500 ||
        beresp.http.Set-Cookie ||
        beresp.http.Cache-Control ~ "(private|no-store|no-cache)" ||
        beresp.http.Cache-Control !~ "(s-maxage|max-age)=[1-9]" ||
        (beresp.http.Content-Type ~ "^text/html" && !beresp.http.Cache-Tag)) {
        # Hit-for-miss: the next requests for this page go straight to the app for a few seconds,
        # without waiting in line behind each other.
        set beresp.ttl = 10s;
        set beresp.grace = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # s-maxage is the TTL (Varnish reads it); stale-if-error is the grace, capped per request in vcl_recv.
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), 30s);
    }
    return (deliver);
}

sub vcl_deliver {
    # Whether this answer came from Varnish: HIT (stored copy), MISS (fetched and stored) or PASS
    # (never shared).
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Tags are for this cache only. Behind a CDN that purges by tag itself, keep them instead.
    unset resp.http.Cache-Tag;
    unset resp.http.Surrogate-Key;
}
