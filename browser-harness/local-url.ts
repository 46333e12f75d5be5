/**
 * The requests a test browser may make: to the loopback test server, and to
 * the extension's own files and in-memory URLs. Everything else is off the
 * machine (the harness aborts it; benches that must not route fail on it).
 */
export function isLocalUrl(url: string, origin: string): boolean {
  return (
    url.startsWith(`${origin}/`) ||
    url.startsWith('chrome-extension://') ||
    url.startsWith('data:') ||
    url.startsWith('blob:')
  );
}
