import type { ArticleArea } from './front-matter-schema';

type Corner = [number, number];

const isPolygon = (area: ArticleArea): area is Corner[] => Array.isArray(area[0]);

/** An article's outline on its page's scan as corners, in percent: a box's four, or the polygon's own. */
export function areaCorners(area: ArticleArea): Corner[] {
  if (isPolygon(area)) return area;
  const [x, y, width, height] = area;
  return [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
  ];
}

/** The box around an area, `[x, y, width, height]` in percent: what a clipping of the page cuts out. */
export function areaBounds(area: ArticleArea): [number, number, number, number] {
  if (!isPolygon(area)) return area;
  const xs = area.map(([x]) => x);
  const ys = area.map(([, y]) => y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return [left, top, Math.max(...xs) - left, Math.max(...ys) - top];
}
