import { execFile } from 'node:child_process';

/*
 * pdf-parse (pdfjs) loads its worker with a dynamic import, which Jest's module sandbox refuses: the text is read in a
 * plain node process instead, the PDF going in on stdin (base64) and the text coming back on stdout.
 */
const READ_TEXT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: Buffer.from(Buffer.concat(chunks).toString('utf8'), 'base64') });
  try {
    process.stdout.write((await parser.getText()).text);
  } finally {
    await parser.destroy();
  }
});
`;

/** The text of a PDF as a reader's viewer extracts it (pdf-parse). */
export function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', READ_TEXT], { cwd: __dirname, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`pdf-parse failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
    child.stdin?.end(pdf.toString('base64'));
  });
}
