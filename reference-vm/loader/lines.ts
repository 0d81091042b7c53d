// Line: version, flags, line-instruction count, item count, file name count, then
// the items as compact terms ('a' = switch to file N, 'i' = line number) and the
// file names (16-bit length + UTF-8). File 0 is implicit: "<module>.erl".

import { readTagged, TAG_A, TAG_I, TAG_LETTERS } from './compact';
import type { ByteReader } from './reader';
import type { LineTable } from './types';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The decoded table, or null when the version is not 0 (the runtime then ignores the chunk). */
export function readLineTable(r: ByteReader, moduleName: string): LineTable | null {
  const version = r.i32('line table version');
  if (version !== 0) return null;
  r.i32('line table flags'); // unused by OTP 26
  const instructionCount = r.i32('line instruction count');
  const countsAt = r.pos;
  const itemCount = r.i32('line item count');
  const nameCount = r.i32('line file name count');
  if (itemCount < 0 || itemCount > r.remaining) {
    throw r.error('bad-line-table', `line item count ${itemCount} does not fit the ${r.remaining} bytes left`, countsAt);
  }
  if (nameCount < 0 || nameCount * 2 > r.remaining) {
    throw r.error('bad-line-table', `file name count ${nameCount} does not fit the ${r.remaining} bytes left`, countsAt + 4);
  }

  // Item 0 is the "no location" entry that line/1 operands of 0 refer to.
  const items: Array<{ file: number; line: number }> = [{ file: 0, line: 0 }];
  let file = 0;
  while (items.length <= itemCount) {
    const item = readTagged(r);
    if (item.tag === TAG_A) {
      const index = item.value as number;
      if (index > nameCount) {
        throw r.error('bad-line-table', `file index ${index} is outside 0..${nameCount}`, item.offset);
      }
      file = index;
    } else if (item.tag === TAG_I) {
      if (typeof item.value !== 'number' || item.value < 0) {
        throw r.error('bad-line-table', `line number ${item.value} is not a small non-negative integer`, item.offset);
      }
      items.push({ file, line: item.value });
    } else {
      throw r.error('bad-line-table', `line item has tag '${TAG_LETTERS[item.tag]}'`, item.offset);
    }
  }

  const files: string[] = [`${moduleName}.erl`];
  for (let i = 1; i <= nameCount; i++) {
    const at = r.pos;
    const length = r.u16(`length of file name ${i}`);
    if (length > 0x7fff) {
      throw r.error('bad-line-table', `file name ${i} has negative length`, at);
    }
    const text = r.take(length, `file name ${i}`);
    if (length === 0) {
      // As the runtime does, an empty name stands for the module's own file.
      files.push(files[0]);
      continue;
    }
    try {
      files.push(utf8.decode(text));
    } catch {
      throw r.error('bad-line-table', `file name ${i} is not valid UTF-8`, at);
    }
  }
  return { items, files, instructionCount };
}
