import { expoFamily } from '../fonts/index.js';
import type { Language } from './types.js';
import { zhHans } from './zh-hans.js';

const fonts = { body: expoFamily('Noto Serif TC', 'noto-serif-tc'), heading: expoFamily('Noto Sans TC', 'noto-sans-tc') };

/**
 * Traditional Chinese (locales/zh-Hant/), for readers in Taiwan, Hong Kong and overseas: converted from
 * the Simplified text (`npx briefing convert --to zh-Hant`) with OpenCC's cn → twp, the only OpenCC
 * configuration with regional vocabulary (Taiwan's: 軟體, 網路, 資訊; Hong Kong's s2hk converts
 * characters only). Set in a Ming face (Noto Serif TC) with Hei headings (Noto Sans TC), whose glyphs
 * follow the Taiwan standard forms; otherwise typeset as the Simplified edition.
 */
export const zhHant: Language = {
  ...zhHans,
  id: 'zh-Hant',
  tag: 'zh-Hant',
  officeTag: 'zh-TW',
  script: 'Hant',
  fonts,
  html: {
    ...zhHans.html,
    selector: ':lang(zh-Hant)',
    note: 'Traditional Chinese: Ming body, Hei headings, as the Simplified.',
    bodyStack: '"Noto Serif TC", "Source Han Serif TC", "Songti TC", PMingLiU, serif',
    headingStack: '"Noto Sans TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif',
  },
  pdf: { ...zhHans.pdf, styleKey: 'hant' },
  docx: {
    ...zhHans.docx,
    eastAsia: fonts,
    language: { value: 'en-US', eastAsia: 'zh-TW' },
    // Big5, with PMingLiU and Microsoft JhengHei where a program ignores embedded fonts.
    fontTable: { charset: '88', families: { [fonts.body.name]: { altName: 'PMingLiU', family: 'roman' }, [fonts.heading.name]: { altName: 'Microsoft JhengHei', family: 'swiss' } } },
  },
  conversion: {
    from: 'zh',
    opencc: { from: 'cn', to: 'twp', characters: 'tw' },
    /**
     * Where OpenCC's Taiwan phrases change the meaning in this register: 文件 (a document) is not 檔案 (a
     * computer file), 进程 (a process of events) not 程序 (a program), 类型 (a kind) not 型別 (a data type);
     * 准入 (admission) keeps 准. And Taiwan usage its table lacks: 雲端服務, 夥伴.
     */
    phrases: { 文件: '文件', 进程: '進程', 类型: '類型', 准入: '准入', 云服务: '雲端服務', 伙伴: '夥伴' },
    // Taiwan and Hong Kong quote with corner brackets.
    punctuation: { '“': '「', '”': '」' },
  },
};
