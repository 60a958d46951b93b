'use client';

import { useEffect, useRef, useState } from 'react';
import { type ArticleReader, SPEECH_RATES, chineseVoice, readArticle, readableBlocks } from './article-reader';
import { buttonClass } from '@/app/_components/button-styles';

type State = 'starting' | 'speaking' | 'paused' | 'ended' | 'no-voice' | 'unsupported';

const STATE_LABELS: Record<State, string> = {
  starting: '正在准备朗读…',
  speaking: '正在朗读',
  paused: '已暂停',
  ended: '已读完全文',
  'no-voice': '此浏览器没有中文语音，无法朗读。可在系统设置中安装中文语音后再试。',
  unsupported: '此浏览器不支持朗读。',
};

/** 朗读: starts reading when it opens; pause, resume, stop and speed. */
export function SpeechPanel({ onClose }: { onClose: () => void }) {
  const [state, setState] = useState<State>('starting');
  const [progress, setProgress] = useState({ block: 0, blocks: 0 });
  const [rate, setRate] = useState(1);
  const reader = useRef<ArticleReader | null>(null);

  useEffect(() => {
    if (!('speechSynthesis' in window)) return setState('unsupported');
    let cancelled = false;
    void chineseVoice(speechSynthesis).then((voice) => {
      if (cancelled) return;
      if (!voice) return setState('no-voice');
      setState('speaking');
      reader.current = readArticle({
        synthesis: speechSynthesis,
        voice,
        blocks: readableBlocks(document),
        rate: 1,
        onProgress: setProgress,
        onEnd: () => setState('ended'),
      });
    });
    return () => {
      cancelled = true;
      reader.current?.stop();
    };
  }, []);

  const pauseOrResume = () => {
    if (state === 'paused') {
      reader.current?.resume();
      setState('speaking');
    } else {
      reader.current?.pause();
      setState('paused');
    }
  };

  const changeRate = (next: number) => {
    setRate(next);
    reader.current?.setRate(next);
    if (state === 'paused') setState('speaking');
  };

  const reading = state === 'speaking' || state === 'paused';
  return (
    <div className="flex flex-wrap items-center gap-2">
      {reading && (
        <>
          <button type="button" className={buttonClass} onClick={pauseOrResume}>
            {state === 'paused' ? '继续' : '暂停'}
          </button>
          <button type="button" className={buttonClass} onClick={onClose}>
            停止
          </button>
          <label className="flex items-center gap-1">
            语速
            <select value={rate} onChange={(event) => changeRate(Number(event.target.value))} className="rounded border border-rule-strong bg-surface px-1 py-0.5">
              {SPEECH_RATES.map((value) => (
                <option key={value} value={value}>
                  {value}倍
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <p role="status" className="text-masthead-dark">
        {STATE_LABELS[state]}
        {reading && progress.blocks > 0 && `：第${progress.block + 1}段，共${progress.blocks}段`}
      </p>
    </div>
  );
}
