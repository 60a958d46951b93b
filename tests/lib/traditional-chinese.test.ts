import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../lib/reading/traditional-chinese';

describe('繁體 by OpenCC', () => {
  it('converts characters and the phrases whose characters depend on the word', () => {
    expect(toTraditional('党建引领，筑牢社会治理共同体')).toBe('黨建引領，築牢社會治理共同體');
    // 发 is 發 in 发展 but 髮 in 头发; 面 stays 面 in 面对 and is 麵 in 面条.
    expect(toTraditional('发展')).toBe('發展');
    expect(toTraditional('头发')).toBe('頭髮');
    expect(toTraditional('面对一碗面条')).toBe('面對一碗麵條');
  });

  it('leaves punctuation, digits, Latin text and traditional text as they are', () => {
    const text = '3~5年——《民生周刊》“两会”１２３ ABC http://www.people.com.cn 100%';
    expect(toTraditional(text)).toBe('3~5年——《民生週刊》“兩會”１２３ ABC http://www.people.com.cn 100%');
    expect(toTraditional('黨建引領')).toBe('黨建引領');
  });
});
