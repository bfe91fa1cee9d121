/** When a version was published or a draft saved, as people read it: `Dec 4, 2026, 2:03 PM UTC`. */
export function formatWhen(locale: string, ms: number): string {
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(ms)} UTC`;
}
