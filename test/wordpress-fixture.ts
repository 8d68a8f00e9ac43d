import path from 'node:path'

// WordPress's own Theme Unit Test export: real data from outside the project, kept beside the
// repository rather than in it (docs/decisions/0017-wordpress-import.md, "Test data").
export const wordpressFixturePath = path.resolve(process.cwd(), '../shared/fixtures/wordpress-theme-unit-test.xml')
