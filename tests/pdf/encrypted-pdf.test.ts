import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { checkPdfBytes, PDF_PROBLEM_MESSAGES, problemOf } from '../../utils/pdf/read-pdf';
import { encryptedPdf } from '../helpers/encrypted-pdf';

describe('an encrypted (password) PDF', () => {
  it('passes the byte check, then pdf.js asks for a password: read as "encrypted", with a clear message', async () => {
    const bytes = encryptedPdf();
    expect(checkPdfBytes(bytes)).toBeUndefined();
    const error: unknown = await getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise.then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
    expect(problemOf(error)).toBe('encrypted');
    expect(PDF_PROBLEM_MESSAGES.encrypted).toBe('This PDF is protected with a password, so its text cannot be read.');
  });
});
