import { readFile, writeFile } from 'node:fs/promises';
import { CONTENTS_ANCHOR_PREFIX } from './printPage.ts';

/**
 * Fills in the page numbers of a document's contents. Chromium (and Electron's printToPDF, the same engine)
 * turns each contents entry — a link to its section — into a PDF link annotation whose named destination
 * is the section's page. This reads those pages and writes each number at the right end of its entry's
 * link area, which the print page leaves blank for it. One layout pass, no second print.
 * Returns the number of pages and how many entries were numbered.
 */
export async function fillContentsPageNumbers(file: string): Promise<{ pages: number; numbered: number }> {
  const { PDFDocument, PDFName, PDFArray, PDFDict, PDFString, PDFHexString, StandardFonts, rgb } = await import('pdf-lib');
  const doc = await PDFDocument.load(await readFile(file));
  const pages = doc.getPages();
  const pageIndex = new Map<string, number>(pages.map((p, i) => [p.ref.toString(), i]));

  // Named destinations: Chromium writes them in the catalog's /Dests dictionary.
  const destinations = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const target = value instanceof PDFArray ? value : doc.context.lookup(value);
    const array = target instanceof PDFArray ? target : target instanceof PDFDict ? target.lookupMaybe(PDFName.of('D'), PDFArray) : undefined;
    const page = array?.get(0);
    if (page) {
      const index = pageIndex.get(page.toString());
      if (index !== undefined) destinations.set(name.decodeText(), index);
    }
  }

  const font = await doc.embedFont(StandardFonts.Helvetica);
  let numbered = 0;
  for (const page of pages) {
    const annots = page.node.Annots();
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookup(i, PDFDict);
      const dest = annot.get(PDFName.of('Dest'));
      const name = dest instanceof PDFName ? dest.decodeText() : dest instanceof PDFString || dest instanceof PDFHexString ? dest.decodeText() : null;
      if (!name?.startsWith(CONTENTS_ANCHOR_PREFIX)) continue;
      const target = destinations.get(name);
      if (target === undefined) continue;
      const rect = annot.lookup(PDFName.of('Rect'), PDFArray).asRectangle();
      const text = String(target + 1);
      const size = Math.min(10, rect.height * 0.6);
      const width = font.widthOfTextAtSize(text, size);
      page.drawText(text, {
        x: rect.x + rect.width - width - 2,
        y: rect.y + (rect.height - size * 0.72) / 2,
        size,
        font,
        color: rgb(0, 0, 0),
      });
      numbered++;
    }
  }
  if (numbered > 0) await writeFile(file, await doc.save());
  return { pages: pages.length, numbered };
}
