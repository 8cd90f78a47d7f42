import { pinyin } from 'pinyin-pro';

/** 拼音 keys of a Chinese name: full (for sorting in 拼音 order) and initials (for typing 'zs' to find 张三). */
export function nameKeys(name: string): { pinyin: string; initials: string } {
  const options = { toneType: 'none', type: 'array', surname: 'head' } as const;
  const syllables = pinyin(name, options).filter((s) => /^[a-z]+$/i.test(s));
  return {
    pinyin: syllables.join(' ').toLowerCase(),
    initials: syllables.map((s) => s[0]).join('').toLowerCase(),
  };
}
