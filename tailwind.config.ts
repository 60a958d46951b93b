import type { Config } from 'tailwindcss';

export default {
  theme: {
    extend: {
      // Theme colors are CSS variables (app/globals.css), set for the light and the dark theme.
      colors: {
        // The e-paper's masthead red, and the darker red of links on paper.
        masthead: { DEFAULT: 'var(--theme-masthead)', dark: 'var(--theme-link)' },
        ink: { DEFAULT: 'var(--theme-ink)', muted: 'var(--theme-ink-muted)' },
        paper: 'var(--theme-paper)',
        surface: 'var(--theme-surface)',
        rule: { DEFAULT: 'var(--theme-rule)', strong: 'var(--theme-rule-strong)' },
      },
      fontFamily: {
        // The names Debian and most Linux distributions give the Noto CJK faces come first: each name
        // the machine lacks costs a font lookup per weight before the first paint (BENCHMARKS.md).
        serif: [
          '"Noto Serif CJK SC"',
          '"Noto Serif SC"',
          '"Source Han Serif SC"',
          '"Songti SC"',
          'STSong',
          'SimSun',
          'serif',
        ],
        sans: [
          '"Noto Sans CJK SC"',
          '"Noto Sans SC"',
          '"Source Han Sans SC"',
          '"PingFang SC"',
          '"Microsoft YaHei"',
          'sans-serif',
        ],
      },
    },
  },
} satisfies Config;
