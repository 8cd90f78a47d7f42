/** The posts of a home (docs/domain.md): each area names which of them may call its methods, in its own access.ts. */
export const ROLES = ['director', 'doctor', 'nurse', 'caregiver', 'clerk'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  director: '院长',
  doctor: '医生',
  nurse: '护士',
  caregiver: '护理员',
  clerk: '文员',
};
