// How long each typed field may be: the one list, read by the zod schemas (the server's last word) and
// by the forms as `maxLength` (so the browser stops typing there). No zod here: client components
// import this, and a reader page may add only a little JavaScript over Next's own.
export const fieldLimits = {
  // WordPress's column sizes, so an imported comment always fits.
  comment: { comment: 65525, author: 245, email: 100, url: 200 },
  // password: WordPress's post_password column (varchar 255), so an imported one always fits.
  post: { title: 300, slug: 200, excerpt: 1000, changeNote: 300, password: 255, quickDraft: 20000 },
  media: { alt: 300, caption: 500, originalName: 255 },
  profile: { name: 100, tagline: 200, bio: 4000 },
  term: { name: 200, slug: 200, description: 2000 },
  menu: { label: 200, url: 2000 },
  newsletter: { email: 100, firstName: 100 },
  listSearch: { query: 100 },
} as const
