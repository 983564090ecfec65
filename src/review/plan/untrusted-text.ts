/**
 * Escapes control characters in text taken from a plan, so a crafted address or key cannot break a one-line error
 * message or the markdown report.
 */
export function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What a JSON value is, for messages that say what was found instead of what was expected. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? 'a string' : JSON.stringify(value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

/** Text from a plan as a markdown code span that its own backticks or control characters cannot break out of. */
export function inlineCode(text: string): string {
  const safe = escapeControl(text);
  const longestRun = (safe.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space at each end, so padding keeps a leading or trailing backtick apart from the fence.
  return longestRun === 0 ? `${fence}${safe}${fence}` : `${fence} ${safe} ${fence}`;
}
