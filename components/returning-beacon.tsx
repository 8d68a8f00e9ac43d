import { returningBeaconPath } from '@/lib/visitor'

// Only on the first-visit variant of a reader page: loading it sets the returning cookie, so the next
// page is the returning variant, with no JavaScript and no Set-Cookie on the cached page. Hidden (no
// layout, no shift), low priority and never render-blocking (docs/decisions/0026-shared-caches.md).
export function ReturningBeacon() {
  // eslint-disable-next-line @next/next/no-img-element -- a plain tracking-free 1x1 image; next/image would add a loader and srcset for nothing.
  return <img src={returningBeaconPath} alt="" width={1} height={1} hidden decoding="async" fetchPriority="low" data-returning-beacon />
}
