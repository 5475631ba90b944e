/**
 * Literal words as one regular-expression alternation: marks escaped, longest first so that
 * `sinh năm` is tried before `sinh`, each once.
 */
export function literalAlternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeLiteral).join('|');
}

/** `text` with every mark a regular expression reads escaped (`s.n` → `s\.n`). */
export function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
