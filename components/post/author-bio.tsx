import Link from 'next/link'
import type { AuthorProfile } from '@/db/queries/authors'
import { avatarDataUri } from '@/lib/avatar'

// One bio, two places: the author box under a post and the sidebar widget show the same text.
export function AuthorBio({ author, quote, credit, headingId }: { author: AuthorProfile; quote: string; credit: string; headingId: string }) {
  const firstName = author.name.split(' ')[0] ?? author.name
  return (
    <>
      <h2 id={headingId} className="text-xl font-bold">
        About {firstName}
      </h2>
      <div className="mt-3 flex gap-4">
        {/* eslint-disable-next-line @next/next/no-img-element -- a generated SVG or our own upload, nothing to optimise */}
        <img
          src={author.avatarUrl ?? avatarDataUri(`author:${author.slug}`, 64)}
          alt=""
          width={64}
          height={64}
          className="h-16 w-16 shrink-0 rounded-full object-cover"
        />
        <div className="space-y-2 text-base">
          {author.tagline ? <p className="font-bold">{author.tagline}</p> : null}
          {author.bio
            .split(/\n{2,}/)
            .filter(Boolean)
            .map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          {quote ? <p className="italic">“{quote}”</p> : null}
          <p>
            <Link href="/about">More about {firstName}</Link>
          </p>
          {credit ? <p className="text-sm text-muted">{credit}</p> : null}
        </div>
      </div>
    </>
  )
}
