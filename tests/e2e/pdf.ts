import { execFileSync } from 'node:child_process';

/** The text of a PDF as pdftotext lays it out, one string per page (form feed between pages). */
export function pdfText(file: string, options: { first?: number; last?: number } = {}): string {
  const range = [...(options.first ? ['-f', String(options.first)] : []), ...(options.last ? ['-l', String(options.last)] : [])];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

export function pdfPages(file: string): string[] {
  return pdfText(file).split('\f').slice(0, -1);
}
