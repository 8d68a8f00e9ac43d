// Reader pages paint before Next's scripts run (docs/decisions/0029-first-paint-first.md). Next puts
// its chunks in the <head> as async scripts, so a browser may fetch and run them (React, the router,
// hydration) while it is still parsing the page: on a slow phone that work lands before the first
// paint. The front server (scripts/serve.ts) rewrites each reader page once, when it is rendered:
// - the async chunk scripts, and the script preloads, are taken out and started by one small inline
//   script right after the first frame is painted (right away in a hidden tab, which never paints);
// - only the regular face of the body font is preloaded: bold and italic are fetched when a styled
//   line needs them (display: swap), not ahead of the text everyone reads first.
// Without JavaScript nothing changes: the page never needed the scripts. Pure: HTML in, HTML out.

const ASYNC_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>/g
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^<>]*\/>/g
const FONT_PRELOAD = /<link rel="preload" href="([^"<>]+)" as="font"[^<>]*\/>/g
// The face app/layout.tsx lists first (atkinson-hyperlegible-latin-400-normal.woff2); next/font keeps
// the file's name, with _ for -, in the URL it serves the face from.
const REGULAR_FACE = '_400_normal'

/** The starter: adds the chunks as async scripts after the first frame, each once. */
export function lateScriptsStarter(sources: readonly string[]): string {
  // The sources are Next's own chunk paths (matched above: no quotes or angle brackets); escaping `<`
  // anyway keeps any future path from closing the script.
  const list = JSON.stringify(sources).replace(/</g, '\\u003c')
  return (
    `(function(){var s=${list},d=0;function go(){if(d)return;d=1;s.forEach(function(u){var e=document.createElement('script');e.src=u;e.async=true;document.head.appendChild(e)})}` +
    `if(document.visibilityState==='hidden')go();else requestAnimationFrame(function(){setTimeout(go,0)});document.addEventListener('visibilitychange',go)})()`
  )
}

const STARTER_SOURCES = /<script>\(function\(\)\{var s=(\[[^\]<]*\]),d=0;/

/** The chunks a rewritten page's starter will add (the bench counts them as first-load JavaScript). */
export function lateScriptSources(html: string): string[] {
  const list = STARTER_SOURCES.exec(html)?.[1]
  return list ? (JSON.parse(list) as string[]) : []
}

/** The page with Next's scripts started after the first paint and only the regular face preloaded. */
export function withFirstPaintFirst(html: string): string {
  const sources: string[] = []
  let page = html.replace(FONT_PRELOAD, (tag, href: string) => (href.includes(REGULAR_FACE) ? tag : ''))
  // A page without a </body> (not one Next rendered) keeps its scripts where they are.
  if (!page.includes('</body>')) return page
  page = page.replace(ASYNC_SCRIPT, (_tag, source: string) => {
    if (!sources.includes(source)) sources.push(source)
    return ''
  })
  if (sources.length === 0) return page
  page = page.replace(SCRIPT_PRELOAD, '')
  const end = page.lastIndexOf('</body>')
  return `${page.slice(0, end)}<script>${lateScriptsStarter(sources)}</script>${page.slice(end)}`
}
