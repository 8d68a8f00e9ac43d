import { cn } from '@/lib/utils'

// The editor's list tables: a full-width table with ruled rows, optionally in a box that scrolls
// sideways on a narrow screen, or (`cards`) shown as one card per row on a phone (app/globals.css).
export type Column = { label: React.ReactNode; className?: string }

export function Table({
  caption,
  columns,
  scroll = false,
  cards = false,
  className,
  tableClassName,
  children,
}: {
  caption?: React.ReactNode
  columns: readonly Column[]
  scroll?: boolean
  cards?: boolean
  className?: string
  tableClassName?: string
  children: React.ReactNode
}) {
  const table = (
    <table className={cn('w-full border-collapse text-left', cards && 'table-cards', scroll ? null : className, tableClassName)}>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead>
        <Row>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={column.className}>
              {column.label}
            </th>
          ))}
        </Row>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
  // `relative`: screen-reader-only text (position: absolute) inside the table is then clipped by the
  // box too, instead of widening the whole page at its place to the right of the screen.
  return scroll ? <div className={cn('relative overflow-x-auto', className)}>{table}</div> : table
}

export function Row({ className, ...props }: React.ComponentProps<'tr'>) {
  return <tr {...props} className={cn('border-b border-line', className)} />
}
