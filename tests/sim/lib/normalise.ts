/**
 * This file normalises a Go program's stderr for comparison, as the golden corpus does: the text
 * before the goroutine dump plus the first dump header (`goroutine 1 [running]:`); addresses and
 * stack traces after it differ between machines.
 */
export function normaliseStderr(s: string): string {
  const i = s.search(/^goroutine \d+ \[[^\]]*\]:$/m);
  if (i < 0) return s;
  const end = s.indexOf('\n', i);
  return s.slice(0, end < 0 ? s.length : end + 1);
}
