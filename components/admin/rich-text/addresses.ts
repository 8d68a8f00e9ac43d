// The editor's rel handling for links. Which addresses are allowed is lib/content/urls.ts.

/**
 * The rel value for a link after the author sets or clears "Affiliate link". An affiliate link is
 * rel="sponsored nofollow" (the affiliate notice looks for "sponsored"); other tokens are kept.
 */
export function relForLink(currentRel: string | null | undefined, affiliate: boolean): string | null {
  const tokens = (currentRel ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  const wasAffiliate = tokens.includes('sponsored')
  const others = tokens.filter((token) => token !== 'sponsored' && !(token === 'nofollow' && (wasAffiliate || affiliate)))
  const next = affiliate ? ['sponsored', 'nofollow', ...others] : others
  return next.length > 0 ? [...new Set(next)].join(' ') : null
}
