/** One address of each kind of page of the fixture site (tests/fixtures/site), for checks every page must pass. */
export const PAGE_TYPES = {
  home: '/',
  archive: '/issues',
  'issue contents': '/issues/2024-12-16',
  'issue contents with photo thumbnails': '/issues/2024-12-02',
  article: '/issues/2024-12-16/full-fields',
  'article with photos': '/issues/2024-12-02/tu-wen-shi-tang',
  'page view': '/issues/2024-12-16/pages/03',
  'page view with its scan': '/issues/2024-12-16/pages/01',
  section: '/sections/%E8%A6%81%E9%97%BB',
  sections: '/sections',
  search: '/search',
  offline: '/offline',
  bookmarks: '/bookmarks',
  'not found': '/issues/2024-12-17',
};
