/**
 * Word-wraps `text` to `width` columns. The first line starts with `first`, the following ones with
 * `rest`. Words are never cut: a word longer than the line stands alone on its own line.
 * Existing newlines are kept (each paragraph is wrapped on its own, continuing with `rest`).
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let prefix = first;
  for (const paragraph of text.split('\n')) {
    let line = prefix;
    let empty = true;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (!empty && visibleLength(line) + 1 + visibleLength(word) > width) {
        lines.push(line);
        line = rest + word;
      } else {
        line = empty ? line + word : `${line} ${word}`;
      }
      empty = false;
    }
    lines.push(line.trimEnd());
    prefix = rest;
  }
  return lines;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Emoji that terminals draw two columns wide (✋ among our status marks). */
const isWide = (cp: number): boolean => cp === 0x270b || (cp >= 0x1f300 && cp <= 0x1faff);

/** Columns a string takes: ANSI colour codes take none, wide emoji take two. */
export function visibleLength(s: string): number {
  let n = 0;
  for (const ch of s.replace(ANSI, '')) n += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return n;
}

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - visibleLength(s)));
}
