/**
 * Which script the page is shown in, for the code that copies text (全文复制, 引用, 分享): while the
 * page is in 繁體, copied text is converted too, so a reader copies what they see. Set by
 * traditional-script.ts, which only loads once a reader asks for 繁體.
 */
type ShownScript = {
  convert: (text: string) => string;
  /** The simplified text a converted text node held. */
  originalOf: (node: Text) => string;
};

let shown: ShownScript | undefined;

export function setShownScript(script: ShownScript | undefined): void {
  shown = script;
}

export function shownText(text: string): string {
  return shown ? shown.convert(text) : text;
}

/** A text node's text as published, whichever script the page is shown in. */
export function originalText(node: Text): string {
  return shown ? shown.originalOf(node) : node.data;
}
