export const ROLES = ['director', 'doctor', 'nurse', 'caregiver', 'clerk'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  director: '院长',
  doctor: '医生',
  nurse: '护士',
  caregiver: '护理员',
  clerk: '文员',
};

/** Who may change the roster: the clerk does admissions and discharges, the director oversees (domain.md). */
export const ROSTER_EDITORS: readonly Role[] = ['director', 'clerk'];
/** Who may see full 身份证 numbers and print or export the roster; caregivers see names and beds only. */
export const ROSTER_FULL_VIEW: readonly Role[] = ['director', 'clerk', 'doctor', 'nurse'];
export const DIRECTOR_ONLY: readonly Role[] = ['director'];
