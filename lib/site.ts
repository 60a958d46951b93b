export const SITE_NAME = '民生周刊';
export const SITE_LANGUAGE = 'zh-CN';
export const SITE_DESCRIPTION = '《民生周刊》数字版：按期浏览目录，按版面与栏目阅读文章。';
