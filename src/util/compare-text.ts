/**
 * Orders strings by UTF-16 code unit, as Array.prototype.sort does by default. Unlike localeCompare, the order does
 * not depend on the machine's locale, so synthesized output is the same everywhere, and it does not start ICU's
 * collator, which costs a synth about 15 ms the first time.
 */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
