import path from 'node:path'

// WordPress's own Theme Unit Test export, kept outside the repository: CI lays the shared/ folder
// beside the clone, as it is beside the working copy here.
export const wordpressFixturePath = path.resolve(process.cwd(), '../shared/fixtures/wordpress-theme-unit-test.xml')
