type Taxonomy = { id: number; tagIds: number[]; categoryIds: number[] }

const TAG_POINTS = 2
const CATEGORY_POINTS = 1

/**
 * Ids of the posts most related to `target`: 2 points per shared tag, 1 per shared category,
 * newer first on a tie. Posts sharing nothing are left out.
 */
export function scoreRelated(target: Taxonomy, candidates: readonly (Taxonomy & { publishedAt: number })[], limit = 4): number[] {
  if (limit <= 0) return []
  const targetTags = new Set(target.tagIds)
  const targetCategories = new Set(target.categoryIds)
  const seen = new Set<number>([target.id])
  const scored: { id: number; score: number; publishedAt: number }[] = []
  for (const candidate of candidates) {
    if (seen.has(candidate.id)) continue
    seen.add(candidate.id)
    let score = 0
    for (const tagId of new Set(candidate.tagIds)) if (targetTags.has(tagId)) score += TAG_POINTS
    for (const categoryId of new Set(candidate.categoryIds)) if (targetCategories.has(categoryId)) score += CATEGORY_POINTS
    if (score > 0) scored.push({ id: candidate.id, score, publishedAt: candidate.publishedAt })
  }
  scored.sort((a, b) => b.score - a.score || b.publishedAt - a.publishedAt || b.id - a.id)
  return scored.slice(0, limit).map((entry) => entry.id)
}
