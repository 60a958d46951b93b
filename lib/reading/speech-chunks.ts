/**
 * Text for speech synthesis in pieces short enough to be read out whole: Chromium stops an
 * utterance after about 15 seconds, about 60 Chinese characters. Pieces end at the end of a sentence
 * where they can, else at a comma or pause, and only as a last resort in the middle of a clause.
 */
export const SPEECH_CHUNK_MAX_CHARACTERS = 60;

const SENTENCE_END = /(?<=[。！？!?；;…]+[”’」』）)]*)/u;
const PAUSE = /(?<=[，、,：:——]+[”’」』）)]*)/u;

function splitAt(text: string, pattern: RegExp, max: number, next: (piece: string) => string[]): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const part of text.split(pattern)) {
    if (Array.from(current + part).length <= max) current += part;
    else {
      if (current) pieces.push(current);
      current = '';
      if (Array.from(part).length <= max) current = part;
      else pieces.push(...next(part));
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

function hardSplit(text: string, max: number): string[] {
  const characters = Array.from(text);
  const pieces: string[] = [];
  for (let at = 0; at < characters.length; at += max) pieces.push(characters.slice(at, at + max).join(''));
  return pieces;
}

export function speechChunks(text: string, max = SPEECH_CHUNK_MAX_CHARACTERS): string[] {
  const trimmed = text.replace(/\s+/gu, ' ').trim();
  if (!trimmed) return [];
  return splitAt(trimmed, SENTENCE_END, max, (sentence) => splitAt(sentence, PAUSE, max, (clause) => hardSplit(clause, max)))
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}
