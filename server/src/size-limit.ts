// isnad.maxDocumentSize: how much of a very long document is analysed. The analysis is linear but a
// document of tens of megabytes would still hold the server for seconds on every edit; beyond the limit
// only the first part is analysed, cut where a paragraph ends so that no quote or sentence is cut in two.

/**
 * The length of the part of `text` that is analysed when at most `max` characters (UTF-16 code units) are:
 * the whole text when it fits; else up to the last paragraph break (a blank line) within the limit, else
 * the last line break, else the limit itself (never between the two halves of a surrogate pair).
 */
export function analysedLength(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const limit = Math.max(0, Math.floor(max));
  if (limit === 0) return 0;
  const lastLine = text.lastIndexOf('\n', limit - 1);
  // The last blank line within the limit: a line break whose line holds only spaces, after another break.
  for (let end = lastLine; end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1);
    if (start < 0) break;
    if (/^[ \t\r\u00A0]*$/u.test(text.slice(start + 1, end))) return end + 1;
    end = start;
  }
  if (lastLine >= 0) return lastLine + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
