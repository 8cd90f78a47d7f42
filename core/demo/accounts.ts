import type { Role } from '../shared/roles.ts';

/**
 * The staff of the demo home, one per post, all with the same password: the demo's sign-in page lists them
 * with it, so a newcomer can try every post with one click.
 */
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_USERS: readonly { username: string; displayName: string; role: Role }[] = [
  { username: 'yuanzhang', displayName: '王丽华', role: 'director' },
  { username: 'yisheng', displayName: '陈志远', role: 'doctor' },
  { username: 'hushi', displayName: '刘晓梅', role: 'nurse' },
  { username: 'huliyuan', displayName: '张桂芬', role: 'caregiver' },
  { username: 'wenyuan', displayName: '赵静', role: 'clerk' },
];
