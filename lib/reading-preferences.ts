/** Article body sizes for 放大 / 缩小: five steps from 16 to 26 px. */
export const FONT_SIZES_PX = [16, 18, 20, 22, 24, 26] as const;
export const DEFAULT_FONT_STEP = 1;
export const FONT_STEP_STORAGE_KEY = 'minsheng:font-step';
/** The CSS custom property on `<html>` that sizes `.article-body`. */
export const FONT_SIZE_PROPERTY = '--article-font-size';

/** A stored step, or the default when it is missing or not a valid step. */
export function parseFontStep(stored: string | null): number {
  const step = Number(stored);
  return stored !== null && Number.isInteger(step) && step >= 0 && step < FONT_SIZES_PX.length ? step : DEFAULT_FONT_STEP;
}

/**
 * Inline script for `<head>`: applies the remembered size before first paint, so the article
 * never jumps from one size to another. It mirrors parseFontStep.
 */
export const APPLY_STORED_FONT_SIZE_SCRIPT = `(function(){try{var s=${JSON.stringify(FONT_SIZES_PX)},v=localStorage.getItem(${JSON.stringify(FONT_STEP_STORAGE_KEY)}),n=Number(v);if(v!==null&&n%1===0&&s[n])document.documentElement.style.setProperty(${JSON.stringify(FONT_SIZE_PROPERTY)},s[n]+'px')}catch(e){}})()`;
