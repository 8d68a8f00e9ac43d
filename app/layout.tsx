import type { Metadata, Viewport } from 'next'
import localFont from 'next/font/local'
import './globals.css'

// Atkinson Hyperlegible, designed by the Braille Institute for low-vision readers, served from
// public/fonts (no font CDN: the machine is offline and readers' privacy matters).
const atkinson = localFont({
  src: [
    { path: '../public/fonts/atkinson-hyperlegible-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../public/fonts/atkinson-hyperlegible-latin-400-italic.woff2', weight: '400', style: 'italic' },
    { path: '../public/fonts/atkinson-hyperlegible-latin-700-normal.woff2', weight: '700', style: 'normal' },
    { path: '../public/fonts/atkinson-hyperlegible-latin-700-italic.woff2', weight: '700', style: 'italic' },
  ],
  variable: '--font-atkinson',
  display: 'swap',
})

export const metadata: Metadata = {
  title: { default: 'Spoonpress', template: '%s' },
}

export const viewport: Viewport = {
  themeColor: '#fbf8f3',
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The front server adds the reader's comfort classes to this element (docs/decisions/0021), so the
    // class attribute React hydrates may hold more than it rendered.
    <html lang="en" className={atkinson.variable} suppressHydrationWarning>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  )
}
