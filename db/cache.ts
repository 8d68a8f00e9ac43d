import 'server-only'
import { unstable_cache } from 'next/cache'

// Reader pages are cached whole (ISR) and regenerated when a tag they read is invalidated. A page
// learns its tags from the tagged reads it made while rendering, so every read a reader page makes
// goes through here. The plain query functions stay callable (and tested) outside Next.
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tagsFor: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  return (...args: Args) => unstable_cache(() => read(...args), [name, JSON.stringify(args)], { tags: tagsFor(...args) })()
}
