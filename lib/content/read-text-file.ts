import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';

/** Where the first byte that is not UTF-8 sits: its 1-based line, or undefined when all is UTF-8. */
function invalidUtf8Line(bytes: Buffer): number | undefined {
  if (isUtf8(bytes)) return undefined;
  let line = 1;
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    const sequence = bytes.subarray(index, index + length);
    if (length === 0 || sequence.length < length || !isUtf8(sequence)) return line;
    if (byte === 0x0a) line++;
    index += length;
  }
  return line;
}

export type TextFile = { text: string } | { invalidUtf8Line: number };

/** A content file's text without a byte-order mark and with `\n` line ends, or where it is not UTF-8. */
export function readTextFile(file: string): TextFile {
  return decodeTextFile(readFileSync(file));
}

/** readTextFile of bytes already read. */
export function decodeTextFile(bytes: Buffer): TextFile {
  const line = invalidUtf8Line(bytes);
  if (line !== undefined) return { invalidUtf8Line: line };
  return { text: bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}
