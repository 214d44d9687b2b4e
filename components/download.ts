import type { ExportFile } from '@/utils/export';

/** Hand an exported file to the browser as a download (extension pages only). */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  downloadBlob(new Blob([file.content], { type: file.mime }), file.filename, doc);
}

/** Hand a Blob to the browser as a download named `filename` (extension pages only). */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
