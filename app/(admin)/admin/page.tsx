import type { Metadata } from 'next'
import { DashboardScreen } from '@/components/admin/dashboard-screen'
import { loadDashboard } from '@/lib/server/admin/dashboard'
import { requireAuthorPage } from '@/lib/server/auth/gate'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Dashboard – Spoonpress' }

export default async function Dashboard({ searchParams }: { searchParams: Promise<{ drafted?: string }> }) {
  const author = await requireAuthorPage()
  const data = await loadDashboard(await searchParams)
  return <DashboardScreen authorName={author.name} data={data} />
}
