import { speechChunks } from '@/lib/reading/speech-chunks';

/**
 * Reads the article aloud with the browser's speech synthesis: the title, then each paragraph,
 * heading and list item of the body, in pieces short enough for Chromium to finish (it cuts off an
 * utterance after about 15 seconds). The block being read is marked `data-speaking` and scrolled into view.
 */

export const SPEECH_LANGUAGE = 'zh-CN';
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 2] as const;
const READABLE = '[data-field="title"], .article-body :is(p, h2, h3, h4, li, th, td, figcaption)';
const VOICE_WAIT_MS = 1500;

/** The blocks to read, in order, skipping a block that holds another (a list item's paragraph is read once). */
export function readableBlocks(root: ParentNode): HTMLElement[] {
  const blocks = Array.from(root.querySelectorAll<HTMLElement>(READABLE));
  return blocks.filter((block) => !blocks.some((other) => other !== block && block.contains(other)) && block.textContent?.trim());
}

/** A Chinese voice, preferring Mandarin as spoken in mainland China; voices can arrive a moment after load. */
export async function chineseVoice(synthesis: SpeechSynthesis): Promise<SpeechSynthesisVoice | undefined> {
  const pick = () => {
    const voices = synthesis.getVoices().filter((voice) => /^(zh|cmn)\b/i.test(voice.lang.replace('_', '-')));
    return voices.find((voice) => /^(zh|cmn)-(CN|Hans)/i.test(voice.lang.replace('_', '-'))) ?? voices[0];
  };
  if (synthesis.getVoices().length > 0) return pick();
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, VOICE_WAIT_MS);
    synthesis.addEventListener('voiceschanged', () => (clearTimeout(timer), resolve()), { once: true });
  });
  return pick();
}

export type ReaderProgress = { block: number; blocks: number };

export type ArticleReader = {
  pause(): void;
  resume(): void;
  stop(): void;
  setRate(rate: number): void;
};

export function readArticle(options: {
  synthesis: SpeechSynthesis;
  voice: SpeechSynthesisVoice;
  blocks: HTMLElement[];
  rate: number;
  onProgress(progress: ReaderProgress): void;
  onEnd(): void;
}): ArticleReader {
  const { synthesis, voice, blocks, onProgress, onEnd } = options;
  const pieces = blocks.map((block) => speechChunks(block.textContent ?? ''));
  let rate = options.rate;
  let block = 0;
  let piece = 0;
  // Each utterance knows the run it belongs to; cancelling starts a new run, so late events of the old one are ignored.
  let run = 0;

  const mark = (index: number | undefined) => {
    for (const element of blocks) element.removeAttribute('data-speaking');
    if (index === undefined) return;
    blocks[index].setAttribute('data-speaking', '');
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    blocks[index].scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  };

  const speakNext = (current: number) => {
    if (current !== run) return;
    while (block < blocks.length && piece >= pieces[block].length) {
      block++;
      piece = 0;
    }
    if (block >= blocks.length) {
      mark(undefined);
      onEnd();
      return;
    }
    if (piece === 0) {
      mark(block);
      onProgress({ block, blocks: blocks.length });
    }
    const utterance = new SpeechSynthesisUtterance(pieces[block][piece]);
    utterance.lang = SPEECH_LANGUAGE;
    utterance.voice = voice;
    utterance.rate = rate;
    utterance.onend = () => {
      if (current !== run) return;
      piece++;
      speakNext(current);
    };
    utterance.onerror = (event) => {
      if (current !== run || event.error === 'interrupted' || event.error === 'canceled') return;
      piece++;
      speakNext(current);
    };
    synthesis.speak(utterance);
  };

  const restart = () => {
    run++;
    synthesis.cancel();
    synthesis.resume();
    speakNext(run);
  };

  restart();
  return {
    pause: () => synthesis.pause(),
    resume: () => synthesis.resume(),
    stop: () => {
      run++;
      synthesis.cancel();
      mark(undefined);
    },
    setRate: (next) => {
      rate = next;
      // The piece being read starts again at the new speed (and no longer paused).
      restart();
    },
  };
}
