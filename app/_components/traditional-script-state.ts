/**
 * Which script the page is shown in, for the code that copies text (全文复制, 引用, 分享): while the
 * page is in 繁體, copied text is converted too, so a reader copies what they see. Set by
 * traditional-script.ts, which only loads once a reader asks for 繁體.
 */
let convert: ((text: string) => string) | undefined;

export function setShownTextConverter(converter: ((text: string) => string) | undefined): void {
  convert = converter;
}

export function shownText(text: string): string {
  return convert ? convert(text) : text;
}
