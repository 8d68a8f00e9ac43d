// The sign-in screen sits outside (admin), so the editor's gate can never loop on it.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="content" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      {children}
    </main>
  )
}
