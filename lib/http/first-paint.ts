// Reader pages paint before Next's scripts run, and run them only when the reader comes near what
// they improve (docs/decisions/0029-first-paint-first.md, docs/decisions/0031-scripts-on-demand.md).
// Next puts its chunks in the <head> as async scripts, so a browser fetches and runs them (React, the
// router, hydration) while it is still parsing the page: on a slow phone that work lands before the
// first paint, and it is spent on every visit, read or not. The front server (scripts/serve.ts)
// rewrites each reader page once, when it is rendered:
// - the async chunk scripts, and the script preloads, are taken out and started by one small inline
//   script when the reader first needs them: an element marked with `wantsScripts` (the comment
//   thread, the print button, the comment edit form) comes within a screen of the view, or the
//   reader focuses a control or presses a key. Every page works without them: forms post and links
//   navigate.
// - only the regular face of the body font is preloaded: bold and italic are fetched when a styled
//   line needs them (display: swap), not ahead of the text everyone reads first.
// Pure: HTML in, HTML out.

/**
 * Marks an element that wants the page's scripts as soon as it nears the view (spread it on the
 * element): one whose enhancements a reader sees without acting, or a form whose typing must not
 * race the scripts' arrival.
 */
const wantsScriptsAttribute = 'data-wants-scripts'
export const wantsScripts = { [wantsScriptsAttribute]: '' } as const

const ASYNC_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>/g
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^<>]*\/>/g
const FONT_PRELOAD = /<link rel="preload" href="([^"<>]+)" as="font"[^<>]*\/>/g
// The face app/layout.tsx lists first (atkinson-hyperlegible-latin-400-normal.woff2); next/font keeps
// the file's name, with _ for -, in the URL it serves the face from.
const REGULAR_FACE = '_400_normal'

/**
 * The starter: adds the chunks as async scripts, each once, when a marked element comes within a
 * screen's height of the view, or on the reader's first focus or key press (capture: before any
 * handler on the page can stop it). On a page with a marked element, a browser without
 * IntersectionObserver starts them at once.
 */
export function lateScriptsStarter(sources: readonly string[]): string {
  // The sources are Next's own chunk paths (matched above: no quotes or angle brackets); escaping `<`
  // anyway keeps any future path from closing the script.
  const list = JSON.stringify(sources).replace(/</g, '\\u003c')
  return (
    `(function(){var s=${list},d=0;function go(){if(d)return;d=1;s.forEach(function(u){var e=document.createElement('script');e.src=u;e.async=true;document.head.appendChild(e)})}` +
    `['focusin','keydown'].forEach(function(t){document.addEventListener(t,go,{capture:true,once:true})});` +
    `var w=document.querySelectorAll('[${wantsScriptsAttribute}]'),I=window.IntersectionObserver;if(!w.length)return;if(!I)return go();` +
    `var o=new I(function(es){es.forEach(function(e){if(e.isIntersecting){o.disconnect();go()}})},{rootMargin:'100% 0px'});w.forEach(function(x){o.observe(x)})})()`
  )
}

const STARTER_SOURCES = /<script>\(function\(\)\{var s=(\[[^\]<]*\]),d=0;/

/** The chunks a rewritten page's starter will add (the bench counts them as first-load JavaScript). */
export function lateScriptSources(html: string): string[] {
  const list = STARTER_SOURCES.exec(html)?.[1]
  return list ? (JSON.parse(list) as string[]) : []
}

/** The page with Next's scripts started when the reader needs them and only the regular face preloaded. */
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
