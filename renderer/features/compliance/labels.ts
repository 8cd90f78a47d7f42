import type { FindingStatus } from '../../../core/policy/schema.ts';

/** How each conclusion looks on screen: antd's Tag colour and Alert type. */
export const STATUS_COLOR: Record<FindingStatus, string> = {
  violation: 'red',
  warning: 'orange',
  missing_data: 'gold',
  ok: 'green',
  not_applicable: 'default',
};

export const STATUS_ALERT: Record<FindingStatus, 'error' | 'warning' | 'info' | 'success'> = {
  violation: 'error',
  warning: 'warning',
  missing_data: 'warning',
  ok: 'success',
  not_applicable: 'info',
};

/** A finding's link ('#/clinic/staff?id=3') as a route the router takes ('/clinic/staff?id=3'). */
export const routeOf = (link: string) => link.replace(/^#/, '');

/** A number and its unit (140 张, 5 年) kept on one line, so 大字 never wraps between them. */
export const keepUnits = (text: string) => text.replace(/(\d+) ([张人岁天年项次个名])/g, '$1\u00a0$2');
