/**
 * A stand-in for the browser's speech synthesis, as a script for `page.addInitScript({ content })`: it
 * records each utterance (`window.__speech.spoken`: text, lang, rate, voice) and finishes the one
 * being spoken when told (`window.__speech.finish()`), so tests and benchmarks drive 朗读 without
 * audio. Chromium checks that an utterance's voice is a real SpeechSynthesisVoice, so the utterance
 * is a stand-in too. Plain JavaScript in a string: a function compiled for Node may call helpers the
 * page does not have.
 */
export function speechSynthesisStub(voices: { lang: string; name: string }[]): string {
  return `(() => {
  const voices = ${JSON.stringify(voices)}.map((voice) => ({ ...voice, default: false, localService: true, voiceURI: voice.name }));
  let current;
  const record = { spoken: [], paused: false, cancelled: 0 };
  record.finish = () => {
    const utterance = current;
    current = undefined;
    if (utterance && utterance.onend) utterance.onend(new Event('end'));
  };
  class Utterance extends EventTarget {
    constructor(text) {
      super();
      this.text = text || '';
      this.lang = '';
      this.rate = 1;
      this.voice = null;
      this.onend = null;
      this.onerror = null;
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: Utterance });
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => voices,
      addEventListener: () => {},
      removeEventListener: () => {},
      speak: (utterance) => {
        record.spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate, voice: utterance.voice && utterance.voice.name });
        current = utterance;
      },
      cancel: () => { record.cancelled++; current = undefined; },
      pause: () => { record.paused = true; },
      resume: () => { record.paused = false; },
    },
  });
  window.__speech = record;
})();`;
}
