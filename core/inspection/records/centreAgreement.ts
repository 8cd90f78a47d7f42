import { defineRecordCheck, outcome } from '../define.ts';

/**
 * 卫健: the agreement with the contracted community health centre is in force and its visits are delivered (004 第4条;
 * 000 四(二)). The app does not record the centre yet (the centre area is being built): the item says it cannot be
 * checked, and the director brings the paper agreement and visit log.
 */
export const centreAgreement = defineRecordCheck({
  key: 'centreAgreement',
  label: '签约社区卫生服务中心协议有效、上门服务到位',
  authority: '卫健',
  basis: '004 第4条；000 四(二)；参考资料 §6.2 卫健：签约机构协议与上门服务记录',
  gather: () => null,
  judge: () =>
    outcome('unknown', '本软件尚未登记与社区卫生服务中心的签约协议和上门服务记录，无法判断', '检查时出示纸质签约协议和上门服务登记'),
});
