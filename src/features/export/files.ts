/** Getting an export out of the page: a download, the clipboard, and a PNG drawn from the SVG. */

/** A file name made from a role's name: letters, digits, `.`, `_` and `-` only (never empty). */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 80);
  return stem === '' ? 'role' : stem;
}

/** Offers `blob` as a download named `file` (an `<a download>` click; nothing leaves the page). */
export function download(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click has run; the URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Puts `text` on the clipboard; false when the browser refuses (the caller shows a box instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Pixels per CSS pixel of the PNG: twice the picture's size, sharp on a high-density screen. */
export const PNG_SCALE = 2;

/**
 * Draws an SVG document on a canvas at PNG_SCALE and encodes it as PNG: the same picture as the SVG
 * export (it references nothing outside itself, so the canvas is never tainted).
 */
export async function pngOf(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('svg'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * PNG_SCALE));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * PNG_SCALE));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas');
    context.scale(PNG_SCALE, PNG_SCALE);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
