/** Links the kit renders: only https, http and mailto. */
const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

/** True when a link uses https, http or mailto (the only schemes the kit renders as links). */
export function isSafeLink(value: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(value).protocol);
  } catch {
    return false;
  }
}
