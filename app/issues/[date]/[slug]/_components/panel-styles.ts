/** The look of the article's controls and of the buttons in their panels. */
export const panelButtonClass =
  'rounded border border-rule-strong bg-surface px-2 py-0.5 hover:border-masthead hover:text-masthead disabled:cursor-not-allowed disabled:opacity-50 disabled:hover:border-rule-strong disabled:hover:text-inherit';
