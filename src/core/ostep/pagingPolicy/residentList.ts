import { MAX_INT_CHARS, writeInt, type AsciiWriter } from '../textParts';

/** The shortest the list is printed: paging-policy.py formats it with `%12s`. */
const LIST_WIDTH = 12;
const SPACE = 32;

/**
 * The resident list as paging-policy.py prints it (`[3, 0, 7]`), kept as bytes and edited as the script edits
 * its list — one page taken out, one appended — instead of formatted whole at every step: with 1,024 pages
 * that is a search and two moves of memory per reference rather than 1,024 numbers written.
 */
export interface ResidentList {
  /** takes the page out (it is in the list) */
  remove(page: number): void;
  append(page: number): void;
  /** the list as `%12s` prints it */
  writeTo(w: AsciiWriter): void;
}

export function residentList(): ResidentList {
  // `text` holds ", 3, 0, 7": each page after its ", ". `pages` and `widths` are the same pages and their
  // byte counts in list order (entries from `count` on are stale), so a page's place in `text` is found
  // from the widths before it, without reading the text.
  let text = new Uint8Array(256);
  let len = 0;
  let pages = new Float64Array(64).fill(-1);
  let widths = new Uint8Array(64);
  let count = 0;
  return {
    remove(page) {
      const i = pages.indexOf(page);
      if (i < 0 || i >= count) return;
      const w = widths[i]!;
      const at = i < count / 2 ? sum(widths, 0, i) : len - sum(widths, i, count);
      text.copyWithin(at, at + w, len);
      len -= w;
      pages.copyWithin(i, i + 1, count);
      widths.copyWithin(i, i + 1, count);
      pages[--count] = -1;
    },
    append(page) {
      if (count === pages.length) {
        const morePages = new Float64Array(2 * count).fill(-1);
        const moreWidths = new Uint8Array(2 * count);
        morePages.set(pages);
        moreWidths.set(widths);
        [pages, widths] = [morePages, moreWidths];
      }
      if (len + 2 + MAX_INT_CHARS > text.length) {
        const more = new Uint8Array(2 * text.length + MAX_INT_CHARS);
        more.set(text);
        text = more;
      }
      text[len] = 44; // ','
      text[len + 1] = SPACE;
      const end = writeInt(text, len + 2, page);
      pages[count] = page;
      widths[count++] = end - len;
      len = end;
    },
    writeTo(w) {
      const printed = count === 0 ? 2 : len;
      if (printed < LIST_WIDTH) w.ascii(' '.repeat(LIST_WIDTH - printed));
      if (count === 0) return w.ascii('[]');
      w.ascii('[');
      w.copy(text, 2, len);
      w.ascii(']');
    },
  };
}

function sum(xs: Uint8Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += xs[i]!;
  return s;
}
