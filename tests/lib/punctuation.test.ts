import { describe, expect, it } from 'vitest';
import {
  findDoubledPunctuation,
  findHalfWidthBetweenChinese,
  findUnbalancedPairs,
  toFullWidthPunctuation,
} from '../../lib/editor/punctuation';

describe('full-width punctuation', () => {
  const cases: [string, string, number][] = [
    ['社区虽小,但连着千家万户', '社区虽小，但连着千家万户', 1],
    ['时间:下午;地点:北京?是的!', '时间：下午；地点：北京？是的！', 5],
    ['中共中央党校(国家行政学院)社会', '中共中央党校（国家行政学院）社会', 2],
    ['新冠(COVID-19)疫情', '新冠（COVID-19）疫情', 2],
    ['已达517.6万个,增幅为2.2%,在城市', '已达517.6万个，增幅为2.2%，在城市', 2],
    ['费用1,000元,时间11:30', '费用1,000元，时间11:30', 1],
    ['Hello, world! (see) COVID-19', 'Hello, world! (see) COVID-19', 0],
    ['详见https://www.people.com.cn/a,b?c=1。', '详见https://www.people.com.cn/a,b?c=1。', 0],
  ];
  for (const [input, output, changes] of cases) {
    it(`${input} → ${output}`, () => {
      expect(toFullWidthPunctuation(input)).toEqual({ text: output, changes });
    });
  }
});

describe('Chinese text checks', () => {
  it('find half-width marks between Chinese characters', () => {
    expect(findHalfWidthBetweenChinese('社区虽小,但连着千家万户,是')).toEqual(['虽小,但连', '万户,是']);
    expect(findHalfWidthBetweenChinese('增幅为2.2%,在 COVID-19, 1,000')).toEqual([]);
  });

  it('find doubled punctuation but not …… or ——', () => {
    expect(findDoubledPunctuation('好，，他说。。是吗？？')).toEqual(['，，', '。。', '？？']);
    expect(findDoubledPunctuation('于是……他说——好。')).toEqual([]);
  });

  it('find unbalanced quotes, title marks and parentheses', () => {
    expect(findUnbalancedPairs('他说：“好。')).toEqual(['“ without ”']);
    expect(findUnbalancedPairs('《决定》提出）')).toEqual(['） without （']);
    expect(findUnbalancedPairs('“《决定》（全文）”')).toEqual([]);
  });
});
