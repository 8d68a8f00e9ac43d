// Empty stand-in for 'server-only' where no React server bundle enforces it: under Vitest
// (vitest.config.ts) and in the front server's own modules (tsconfig.serve.json, decision 0028), which
// run on the server by definition. Next's bundles keep the real package.
export {}
