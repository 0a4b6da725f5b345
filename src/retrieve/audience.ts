/**
 * Who may see a document (DESIGN.md, "Audience"): one with an `audience` list only an asker holding one of
 * those audiences; one without, everyone. An asker with no audiences sees public documents only.
 */

export function visibleTo(documentAudience: readonly string[] | undefined, askerAudiences: readonly string[]): boolean {
  return !documentAudience?.length || askerAudiences.some((a) => documentAudience.includes(a));
}

export const AUDIENCE_NAME = /^[A-Za-z0-9_.-]+$/;

/** `--audience board --audience audit` or `--audience board,audit`; throws on a name that is not a plain word. */
export function parseAudiences(values: readonly string[] | undefined): string[] {
  const names = (values ?? [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  for (const name of names)
    if (!AUDIENCE_NAME.test(name)) throw new Error(`--audience "${name}" is not a plain name (letters, digits, - _ .)`);
  return [...new Set(names)];
}

export type DocumentAudience = { audience?: string[]; chunks: number };

/**
 * Each indexed document's audience and chunk count, read from its chunks (once per index: indexDerived.ts).
 * A document whose text is all held as another's duplicate shares that document's audience (duplicates
 * are only merged within one audience), so it is listed through the chunks' `alsoIn`.
 */
export function documentAudiencesOf(
  chunks: Iterable<{ source: string; audience?: string[]; alsoIn: readonly { source: string }[] }>,
): Map<string, DocumentAudience> {
  const bySource = new Map<string, DocumentAudience>();
  const entry = (source: string, audience: string[] | undefined) => {
    let found = bySource.get(source);
    if (!found) bySource.set(source, (found = { ...(audience?.length ? { audience } : {}), chunks: 0 }));
    return found;
  };
  for (const c of chunks) {
    entry(c.source, c.audience).chunks++;
    for (const o of c.alsoIn) entry(o.source, c.audience);
  }
  return bySource;
}
