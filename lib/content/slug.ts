const MAX_SLUG_LENGTH = 200
const FALLBACK_SLUG = 'untitled'

// Letters NFKD leaves whole; WordPress's remove_accents() maps them like this.
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

// Titles from a WordPress import may still carry entities; these vanish like their characters do.
const VANISHING_ENTITIES: ReadonlySet<string> = new Set([
  '&amp;',
  '&#38;',
  '&#39;',
  '&#039;',
  '&#x27;',
  '&apos;',
  '&rsquo;',
  '&lsquo;',
  '&#8216;',
  '&#8217;',
  '&#x2019;',
  '&quot;',
  '&ldquo;',
  '&rdquo;',
  '&#8220;',
  '&#8221;',
])

/**
 * Turns a title into a URL slug the way WordPress does: ASCII letters and digits joined by single
 * hyphens. Ampersands and apostrophes vanish rather than splitting words ("What’s" → "whats").
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => TRANSLITERATIONS[letter] ?? '')
    .replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/g, (entity) => (VANISHING_ENTITIES.has(entity) ? '' : '-'))
    .replace(/[&'‘’ʼ′`"“”]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '')
  return slug === '' ? FALLBACK_SLUG : slug
}

/**
 * Returns `base`, or the first of `base-2`, `base-3`, … that `isTaken` rejects, as WordPress's
 * wp_unique_post_slug() does. Reserved top-level names (lib/routes.ts `reservedSlugs`) are the caller's business: pass them in `isTaken`.
 */
export async function uniqueSlug(base: string, isTaken: (slug: string) => boolean | Promise<boolean>): Promise<string> {
  if (!(await isTaken(base))) return base
  for (let suffix = 2; ; suffix++) {
    const candidate = numberedSlug(base, suffix)
    if (!(await isTaken(candidate))) return candidate
  }
}

/** `base-N`, cut so it still fits the length limit (the candidates uniqueSlug tries, in order). */
export function numberedSlug(base: string, suffix: number): string {
  const ending = `-${suffix}`
  return `${base.slice(0, MAX_SLUG_LENGTH - ending.length).replace(/-+$/, '')}${ending}`
}

/** uniqueSlug for a synchronous check (inside a better-sqlite3 transaction, e.g. the WordPress import). */
export function uniqueSlugNow(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base
  for (let suffix = 2; ; suffix++) {
    const candidate = numberedSlug(base, suffix)
    if (!isTaken(candidate)) return candidate
  }
}

export type SlugChoice = { slug: string } | { error: string }

/**
 * The one way every editor form picks a slug: a slug the author typed must be free as typed (after
 * slugify), or the form says so; one made from the title or name gets -2, -3… until it is free.
 * `isTaken` answers for the caller's scope (posts at one level of the page tree, terms of one kind,
 * authors) and includes reserved names where they apply.
 */
export async function chooseSlug(
  request: { typed: string; madeFrom: string; takenMessage: (slug: string) => string },
  isTaken: (slug: string) => boolean | Promise<boolean>,
): Promise<SlugChoice> {
  if (request.typed) {
    const slug = slugify(request.typed)
    return (await isTaken(slug)) ? { error: request.takenMessage(slug) } : { slug }
  }
  return { slug: await uniqueSlug(slugify(request.madeFrom), isTaken) }
}
