import type { ThemeConfig } from 'antd';

/**
 * Sizes for older eyes: 16 px text by default, 20 px with 大字 on; controls grow with the text.
 */
export function appTheme(largeText: boolean): ThemeConfig {
  const fontSize = largeText ? 20 : 16;
  return {
    token: {
      fontSize,
      controlHeight: largeText ? 46 : 38,
      colorPrimary: '#1f5fbf',
      borderRadius: 6,
      fontFamily: "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif",
    },
    components: {
      Table: { cellPaddingBlock: largeText ? 14 : 10 },
      Menu: { itemHeight: largeText ? 56 : 46 },
    },
  };
}
