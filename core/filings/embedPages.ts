import { readFile, writeFile } from 'node:fs/promises';
import type { Db } from '../../db/open.ts';
import { attachmentBytes } from '../attachments/queries.ts';
import { EMBED_ANCHOR_PREFIX } from './printPage.ts';

export { EMBED_ANCHOR_PREFIX };

/**
 * A document may reserve pages for the pages of an attached PDF scan: a page whose part has the id
 * `${EMBED_ANCHOR_PREFIX}<attachment id>-<page number>` and a link to it (so Chromium writes a named destination).
 * After Chromium has laid the document out, each reserved page gets that page of the scan drawn onto it, scaled
 * into the page above its footer. The page count and the footer (第 X 页 / 共 Y 页) stay true: the pages were
 * there from the start. A scan that cannot be read leaves its reserved page as printed (it says what it holds).
 */
/** Room kept free on the reserved page, in points: the caption above, the footer below, the side margins. */
const TOP = 56;
const BOTTOM = 56;
const SIDE = 36;

export async function embedAttachmentPages(file: string, db: Db): Promise<number> {
  const { PDFDocument, PDFName, PDFArray, PDFDict } = await import('pdf-lib');
  const doc = await PDFDocument.load(await readFile(file));
  const pages = doc.getPages();
  const pageIndex = new Map<string, number>(pages.map((p, i) => [p.ref.toString(), i]));
  const targets: { page: number; attachment: number; n: number }[] = [];
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const key = name.decodeText();
    const m = key.startsWith(EMBED_ANCHOR_PREFIX) ? /^(\d+)-(\d+)$/.exec(key.slice(EMBED_ANCHOR_PREFIX.length)) : null;
    if (!m) continue;
    const target = value instanceof PDFArray ? value : doc.context.lookup(value);
    const array = target instanceof PDFArray ? target : target instanceof PDFDict ? target.lookupMaybe(PDFName.of('D'), PDFArray) : undefined;
    const page = array?.get(0);
    const index = page ? pageIndex.get(page.toString()) : undefined;
    if (index !== undefined) targets.push({ page: index, attachment: Number(m[1]), n: Number(m[2]) });
  }
  if (targets.length === 0) return 0;
  const scans = new Map<number, Awaited<ReturnType<typeof PDFDocument.load>> | null>();
  let embedded = 0;
  for (const t of targets) {
    if (!scans.has(t.attachment)) {
      const bytes = attachmentBytes(db, t.attachment);
      scans.set(t.attachment, bytes ? await PDFDocument.load(bytes, { ignoreEncryption: true }).catch(() => null) : null);
    }
    const scan = scans.get(t.attachment);
    if (!scan || t.n < 1 || t.n > scan.getPageCount()) continue;
    try {
      const [source] = await doc.embedPdf(scan, [t.n - 1]);
      const page = pages[t.page]!;
      const { width, height } = page.getSize();
      const boxW = width - 2 * SIDE;
      const boxH = height - TOP - BOTTOM;
      const scale = Math.min(boxW / source!.width, boxH / source!.height);
      const w = source!.width * scale;
      const h = source!.height * scale;
      page.drawPage(source!, { x: (width - w) / 2, y: BOTTOM + (boxH - h) / 2, width: w, height: h });
      embedded++;
    } catch {
      // The reserved page keeps its caption, which names the scan and its SHA-256.
    }
  }
  if (embedded > 0) await writeFile(file, await doc.save());
  return embedded;
}
