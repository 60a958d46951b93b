import { TRADITIONAL_LANGUAGE } from '@/lib/reading/preferences';
import { toTraditional } from '@/lib/reading/traditional-chinese';
import { setShownScript } from './traditional-script-state';

/**
 * Shows the whole page in 繁體: every text node and the labels screen readers and tooltips read
 * (`aria-label`, `title`, `placeholder`, `alt`), with `lang="zh-Hant"` on `<html>`. A MutationObserver
 * converts what React renders or replaces afterwards (a status message, the next page after a
 * client-side navigation) and keeps the simplified original of each, so 简体 restores it exactly.
 * opencc-js has an HTMLConverter, but it keeps a node's first text as the original and converts a
 * subtree once, which loses React's later updates.
 */

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'] as const;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT', 'svg']);

/** What each converted text node and attribute said before; the converted value tells an update by React from our own. */
const textOriginals = new Map<Text, { original: string; converted: string }>();
const attributeOriginals = new Map<Element, Map<string, { original: string; converted: string }>>();
let observer: MutationObserver | undefined;
let originalLanguage = '';

function convertText(node: Text): void {
  const known = textOriginals.get(node);
  const value = node.nodeValue ?? '';
  if (known && known.converted === value) return;
  const converted = toTraditional(value);
  textOriginals.set(node, { original: value, converted });
  if (converted !== value) node.nodeValue = converted;
}

function convertAttributes(element: Element): void {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const known = attributeOriginals.get(element)?.get(name);
    if (known && known.converted === value) continue;
    const converted = toTraditional(value);
    const entries = attributeOriginals.get(element) ?? new Map();
    entries.set(name, { original: value, converted });
    attributeOriginals.set(element, entries);
    if (converted !== value) element.setAttribute(name, converted);
  }
}

function isSkipped(node: Node): boolean {
  for (let at = node.parentElement; at; at = at.parentElement) if (SKIPPED.has(at.tagName)) return true;
  return false;
}

function convertTree(root: Node): void {
  if (root.nodeType === Node.TEXT_NODE) {
    if (root instanceof Text && !isSkipped(root)) convertText(root);
    return;
  }
  if (!(root instanceof Element) || SKIPPED.has(root.tagName) || isSkipped(root)) return;
  convertAttributes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node instanceof Element && SKIPPED.has(node.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) convertText(node);
    else if (node instanceof Element) convertAttributes(node);
  }
}

export function showTraditional(): void {
  if (observer) return;
  const html = document.documentElement;
  originalLanguage = html.lang;
  html.lang = TRADITIONAL_LANGUAGE;
  convertTree(document.head.querySelector('title') ?? document.createTextNode(''));
  convertTree(document.body);
  setShownScript({
    convert: toTraditional,
    originalOf: (node) => {
      const known = textOriginals.get(node);
      return known && known.converted === node.data ? known.original : node.data;
    },
  });
  observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach(convertTree);
      else if (record.type === 'attributes' && record.target instanceof Element) convertAttributes(record.target);
      else if (record.target instanceof Text && !isSkipped(record.target)) convertText(record.target);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: [...ATTRIBUTES] });
  observer.observe(document.head, { subtree: true, childList: true, characterData: true });
}

export function showSimplified(): void {
  observer?.disconnect();
  observer = undefined;
  setShownScript(undefined);
  for (const [node, { original, converted }] of textOriginals) if (node.isConnected && node.nodeValue === converted) node.nodeValue = original;
  for (const [element, entries] of attributeOriginals) {
    for (const [name, { original, converted }] of entries) if (element.getAttribute(name) === converted) element.setAttribute(name, original);
  }
  textOriginals.clear();
  attributeOriginals.clear();
  document.documentElement.lang = originalLanguage || document.documentElement.lang;
}
