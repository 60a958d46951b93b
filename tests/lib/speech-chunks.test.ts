import { describe, expect, it } from 'vitest';
import { SPEECH_CHUNK_MAX_CHARACTERS, speechChunks } from '../../lib/reading/speech-chunks';

const length = (text: string) => Array.from(text).length;

describe('text for speech', () => {
  it('keeps a short paragraph whole', () => {
    expect(speechChunks('社区虽小，但连着千家万户。')).toEqual(['社区虽小，但连着千家万户。']);
  });

  it('splits a long paragraph at the ends of sentences, each piece within the limit, losing nothing', () => {
    const sentence = '党的二十大报告提出，完善社会治理体系，健全共建共治共享的社会治理制度。';
    const paragraph = `${sentence}“这是一句引语！”${sentence}${sentence}`;
    const chunks = speechChunks(paragraph);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(paragraph);
    for (const chunk of chunks) expect(length(chunk)).toBeLessThanOrEqual(SPEECH_CHUNK_MAX_CHARACTERS);
    // Whole sentences, a closing quotation mark kept with its sentence.
    expect(chunks).toEqual([`${sentence}“这是一句引语！”`, sentence, sentence]);
  });

  it('splits a sentence longer than the limit at its commas, and an unbroken one anywhere', () => {
    const clause = '健全党组织领导的自治法治德治相结合的城乡基层治理体系';
    const sentence = `${clause}，${clause}，${clause}。`;
    const chunks = speechChunks(sentence);
    expect(chunks.join('')).toBe(sentence);
    expect(chunks.every((chunk) => length(chunk) <= SPEECH_CHUNK_MAX_CHARACTERS)).toBe(true);
    expect(chunks[0].endsWith('，')).toBe(true);

    const unbroken = '治'.repeat(150);
    expect(speechChunks(unbroken)).toEqual(['治'.repeat(60), '治'.repeat(60), '治'.repeat(30)]);
  });

  it('never splits a character outside the basic plane, and reads nothing for blank text', () => {
    expect(speechChunks('𠀀'.repeat(61))).toEqual(['𠀀'.repeat(60), '𠀀']);
    expect(speechChunks(' \n ')).toEqual([]);
  });
});
