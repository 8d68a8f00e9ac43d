import Link from 'next/link'

export function RelatedPosts({ posts }: { posts: { id: number; title: string; slug: string }[] }) {
  if (posts.length === 0) return null
  return (
    <section aria-labelledby="related-posts" className="my-8 print:hidden">
      <h2 id="related-posts" className="text-xl font-bold">
        Related Posts
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {posts.map((post) => (
          <li key={post.id}>
            <Link href={`/${post.slug}`}>{post.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
