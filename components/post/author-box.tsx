import type { AuthorProfile } from '@/db/queries/authors'
import { AuthorBio } from './author-bio'

export function AuthorBox({ author, quote, credit }: { author: AuthorProfile; quote: string; credit: string }) {
  return (
    <section aria-labelledby="author-box" className="my-8 rounded-lg border border-line bg-card p-5">
      <AuthorBio author={author} quote={quote} credit={credit} headingId="author-box" />
    </section>
  )
}
