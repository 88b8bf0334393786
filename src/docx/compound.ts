// A password-protected .docx is not a zip but an OLE compound file (the encrypted package inside
// it), as is a Word 97–2003 .doc: recognised by its signature so the reader can say which it is.
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}
