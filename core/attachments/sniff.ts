/**
 * What a file is by its first bytes, not its name: a renamed .exe is not a PDF. The three kinds a scan comes as.
 * PDF: “%PDF-” (ISO 32000-1 §7.5.2); JPEG: FF D8 FF (start of image, then a marker); PNG: the 8-byte signature
 * of RFC 2083 §3.1.
 */
export const ATTACHMENT_TYPES = {
  'application/pdf': { label: 'PDF', extension: 'pdf' },
  'image/jpeg': { label: 'JPEG 图片', extension: 'jpg' },
  'image/png': { label: 'PNG 图片', extension: 'png' },
} as const;
export type AttachmentMime = keyof typeof ATTACHMENT_TYPES;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffType(head: Uint8Array): AttachmentMime | null {
  const starts = (bytes: readonly number[]) => bytes.every((b, i) => head[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(PNG)) return 'image/png';
  return null;
}
