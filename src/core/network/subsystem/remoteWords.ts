const pagesWords = (pages: readonly number[]): string =>
  pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.join(', ')}`;

/** A fault's words, as the node's narration says them. */
export function remoteFaultText(who: string, pages: readonly number[], from: string, ticks: number): string {
  return `${who} waits for ${pagesWords(pages)} from ${from} (post-copy fault, ${ticks} tick${ticks === 1 ? '' : 's'})`;
}

/** A process lost with the source of its pages, in words. */
export function remoteLostText(who: string, unsent: number, from: string): string {
  return `${who} is lost: ${unsent} of its page${unsent === 1 ? ' was' : 's were'} still on ${from}, which crashed before sending ${unsent === 1 ? 'it' : 'them'} (post-copy): ${unsent === 1 ? 'it exists' : 'they exist'} nowhere now`;
}

/** Why a stalled stream keeps the process waiting, in words. */
export function remoteStallText(
  who: string,
  pages: readonly number[],
  from: string,
  why: { kind: 'partition'; cut: string } | { kind: 'paused' },
): string {
  const cause =
    why.kind === 'partition'
      ? `the route is cut by a partition (${why.cut}): WAITING until it heals`
      : `${from} is paused: WAITING until it resumes`;
  return `${who} waits for ${pagesWords(pages)} from ${from}: ${cause}`;
}

/** A stalled stream flowing again, in words. */
export function remoteFlowText(who: string, pages: readonly number[], from: string, until: number): string {
  return `The pages from ${from} flow again: ${who}'s ${pagesWords(pages)} ${pages.length === 1 ? 'arrives' : 'arrive'} at tick ${until}, WAITING until then`;
}
