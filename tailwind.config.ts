import type { Config } from 'tailwindcss';

export default {
  theme: {
    extend: {
      colors: {
        // The e-paper's masthead red.
        masthead: { DEFAULT: '#b3121b', dark: '#8c0e15' },
        ink: { DEFAULT: '#1f1f1f', muted: '#595959' },
        paper: '#fbfaf7',
      },
      fontFamily: {
        serif: [
          '"Noto Serif SC"',
          '"Noto Serif CJK SC"',
          '"Source Han Serif SC"',
          '"Songti SC"',
          'STSong',
          'SimSun',
          'serif',
        ],
        sans: [
          '"Noto Sans SC"',
          '"Noto Sans CJK SC"',
          '"Source Han Sans SC"',
          '"PingFang SC"',
          '"Microsoft YaHei"',
          'sans-serif',
        ],
      },
    },
  },
} satisfies Config;
