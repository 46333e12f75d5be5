/** The one tab id in `ids` (the active tab's), or a readable error. */
export function onlyTab(ids: number[], url: string): number {
  const [id] = ids;
  if (ids.length !== 1 || id === undefined || id < 0) {
    throw new Error(`expected one active tab for ${url}, found ${ids.length}`);
  }
  return id;
}
