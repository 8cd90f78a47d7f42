import commonPasswords from './common-passwords.json' with { type: 'json' };

/** The rule in one line, for the help under every new-password field. */
export const PASSWORD_RULE = '至少 8 位，含字母、数字、符号中的至少两种；不能用常见密码，不能含登录名或姓名';

export const PASSWORD_MIN_LENGTH = 8;

const COMMON = new Set(commonPasswords.map((p) => p.toLowerCase()));

/** Whose password it is, where known: a password must not contain their login name or name. */
export interface PasswordOwner {
  username?: string | undefined;
  displayName?: string | undefined;
}

function kinds(password: string): number {
  const letters = /\p{L}/u.test(password);
  const digits = /\p{N}/u.test(password);
  const symbols = /[^\p{L}\p{N}]/u.test(password);
  return Number(letters) + Number(digits) + Number(symbols);
}

/**
 * Why a new password is too easy to guess, as a sentence that says what to do; null when it will do.
 * A guesser tries the short, the common and the person's own names first, so those are what is refused.
 */
export function passwordProblem(password: string, owner: PasswordOwner = {}): string | null {
  if (password.length === 0) return '请填写密码';
  if (password.trim() === '') return '密码不能全是空格，请用字母、数字或符号';
  if ([...password].length < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 位，请再加长一些`;
  if (new Set(password).size === 1) return '密码不能是同一个字符重复，请混合字母和数字';
  if (COMMON.has(password.toLowerCase())) return '这个密码太常见，很容易被猜到，请换一个';
  const lower = password.toLowerCase();
  const username = owner.username?.trim().toLowerCase();
  if (username && lower.includes(username)) return '密码不能包含登录名，请换一个';
  // A one-character name would rule out too much and protect nothing.
  const name = owner.displayName?.trim().toLowerCase();
  if (name && [...name].length >= 2 && lower.includes(name)) return '密码不能包含本人姓名，请换一个';
  if (kinds(password) < 2) return '密码要含字母、数字、符号中的至少两种，例如在字母后面加几个数字';
  return null;
}
