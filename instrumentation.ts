import type { Instrumentation } from 'next'

// One structured log line (JSON) per request error, for log collectors, grep and jq. The path is
// logged without its query string, which may carry a token from an email link.
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const { message, digest } = error as Error & { digest?: string }
  const line = {
    time: new Date().toISOString(),
    level: 'error',
    event: 'request-error',
    method: request.method,
    path: request.path.split('?')[0],
    route: context.routePath,
    kind: context.routeType,
    digest: digest ?? null,
    error: message,
  }
  console.error(JSON.stringify(line))
}
