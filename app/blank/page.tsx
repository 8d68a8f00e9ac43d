import type { Metadata } from 'next'

export const dynamic = 'force-static'

export const metadata: Metadata = { title: 'Blank', robots: { index: false, follow: false } }

// A page with nothing of the site on it: only the root layout (its font and stylesheet) and Next's
// own scripts. `npm run bench` measures it as the floor in the same run as the real pages: its
// first-load JavaScript and its Lighthouse score are what an empty Next page costs on this build.
export default function BlankPage() {
  return (
    <main>
      <p>This page is blank on purpose.</p>
    </main>
  )
}
