/**
 * A deterministic synthetic archive in the real content format, for benchmarks and tests:
 * N articles, 40 to a weekly issue, bodies of about 3,000 Chinese characters with subheadings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatArticleFile } from '../lib/editor/article-file';

const PHRASES = [
  '社区虽小，但连着千家万户', '是党和政府联系服务群众的最后一公里', '完善共建共治共享的社会治理制度', '提升社会治理效能',
  '畅通和规范群众诉求表达', '利益协调和权益保障通道', '健全党组织领导的自治、法治、德治相结合的城乡基层治理体系',
  '人民对美好生活的需要不断提升', '对城乡社区服务提出了更高要求', '来自全国多个省份的专家学者和社区代表参加了论坛',
  '就基层治理的先进经验和创新模式展开交流', '全心全意为人民服务是党的根本宗旨', '把党的领导贯穿基层治理全过程',
  '以党建引领凝聚多方力量', '将党组织的政治优势与政府的资源整合优势结合起来', '形成一核多元的基层治理格局',
  '在城市构建了四级联动的工作体系', '在乡村形成了三级联动的网络结构', '实现了基层治理的党建网络全覆盖',
  '这些部门和单位团体从不同的角度开展社区建设和治理', '不断提升群众的获得感、幸福感、安全感', '以点带面推动各地基层治理水平整体提升',
  '社会治理需要不断提高包容性', '动员人民群众广泛参与', '把小矛盾、小问题化解在基层、化解在萌芽状态',
  '切实提高社会治理的系统化、社会化、精细化、法治化、智能化水平', '有效推动民生痛点变治理亮点', '多维赋能守护社区安全',
  '新时代新征程必须健全共建共治共享的社会治理制度', '社区既是党的执政根基所在，又是社会治理的重心', '需要从小处入手、精心谋划、因势利导',
  '妥善协调各类利益关系', '有效防范和化解各类社会矛盾', '为经济可持续发展提供良好的社会环境', '不断完善创新农村经济体制和乡村治理',
  '坚持尊重广大农民的首创精神', '构建适应农村经管的组织保障', '一定要发挥人民的主体性', '将个人情感与社区的认同连接在一起',
  '老旧小区改造是重大民生工程，也是发展工程', '加装电梯、增设停车位，居民参与全过程', '各地供暖季全面开启',
  '医共体让县乡村三级医疗机构形成服务共同体', '群众就近就能看好病', '全国已建成各类社区养老服务机构和设施三十多万个',
  '社区长者食堂每天中午供应两荤两素', '就业、教育、医疗、住房是群众最关心的事', '职业技能培训覆盖更多新就业形态劳动者',
];
const SUBHEADINGS = ['党建引领基层治理创新', '总结推广新做法新模式', '建设社会治理共同体', '居民说了算', '钱从哪里来', '长效管理', '让服务更贴心', '数字赋能'];
const SECTIONS = ['要闻', '深度聚焦', '民生调查', '健康', '教育', '就业', '观察', '地方'];
const NAMES = ['罗燕', '张三', '李四', '王五', '赵六', '陈晨', '刘洋', '杨帆'];
export const ARTICLES_PER_ISSUE = 40;
const ARTICLES_PER_PAGE = 4;

/** Mulberry32: the same seed gives the same archive. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The issue date of the n-th weekly issue, counted back from 2024-12-09 (a Monday). */
export function syntheticIssueDate(issue: number): string {
  return new Date(Date.UTC(2024, 11, 9) - issue * 7 * 86_400_000).toISOString().slice(0, 10);
}

function paragraph(next: () => number): string {
  const pick = () => PHRASES[Math.floor(next() * PHRASES.length)];
  const sentences = Array.from({ length: 3 + Math.floor(next() * 3) }, () => `${pick()}，${pick()}。`);
  return sentences.join('');
}

/** Writes `count` articles under `dir` and returns the number of issues. */
export function writeSyntheticArchive(dir: string, count: number, seed = 1): number {
  const next = random(seed);
  const issues = Math.ceil(count / ARTICLES_PER_ISSUE);
  for (let n = 0; n < count; n++) {
    const issue = Math.floor(n / ARTICLES_PER_ISSUE);
    const position = n % ARTICLES_PER_ISSUE;
    const page = Math.floor(position / ARTICLES_PER_PAGE) + 1;
    const blocks: string[] = [];
    let characters = 0;
    while (characters < 3000) {
      if (blocks.length % 8 === 2) blocks.push(`## ${SUBHEADINGS[Math.floor(next() * SUBHEADINGS.length)]}`);
      const text = paragraph(next);
      characters += text.length;
      blocks.push(text);
    }
    const name = NAMES[Math.floor(next() * NAMES.length)];
    const folder = path.join(dir, syntheticIssueDate(issue));
    mkdirSync(folder, { recursive: true });
    const frontMatter = {
      kicker: position % 3 === 0 ? PHRASES[Math.floor(next() * PHRASES.length)].slice(0, 16) : undefined,
      title: `${PHRASES[Math.floor(next() * PHRASES.length)].slice(0, 12)}（${n + 1}）`,
      byline: `《民生周刊》记者 ${name}`,
      authors: [name],
      section: SECTIONS[(page - 1) % SECTIONS.length],
      page,
    };
    writeFileSync(path.join(folder, `article-${String(n + 1).padStart(6, '0')}.md`), formatArticleFile(frontMatter, blocks.join('\n\n')));
  }
  return issues;
}
