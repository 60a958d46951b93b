/** The look of the site's small buttons: the article controls, their panels and 离线阅读本期. */
export const buttonClass =
  'rounded border border-rule-strong bg-surface px-2 py-0.5 hover:border-masthead hover:text-masthead disabled:cursor-not-allowed disabled:opacity-50 disabled:hover:border-rule-strong disabled:hover:text-inherit';
