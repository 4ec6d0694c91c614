import { constants, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

/**
 * Word files made by hand for the attack cases: the smallest package mammoth reads (content
 * types, the package relationship, word/document.xml), so that each case differs from a file
 * that imports only by its attack.
 */

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT_START = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_END = '</w:body></w:document>';

/** A paragraph of Word XML; `text` is inserted as written (entity references included). */
export const paragraph = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** word/document.xml with these paragraphs, and a DOCTYPE (or anything else) after the XML declaration. */
export const documentXml = (paragraphs: string[], prolog = ''): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}${DOCUMENT_START}${paragraphs.join('')}${DOCUMENT_END}`;

/** A .docx holding `document` as word/document.xml, plus any other entries (names as given, `../x` too). */
export function wordPackage(document: string, otherEntries: Record<string, string> = {}): Buffer {
  const entries = { '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELATIONSHIPS, 'word/document.xml': document, ...otherEntries };
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)]))));
}

/**
 * A zip bomb: a .docx whose word/document.xml inflates to about `megabytes` MB of paragraphs from about a
 * thousandth of that. About a megabyte of XML is deflated once, ending in a full flush (byte-aligned, no
 * back references across it), so the deflate stream is that piece repeated. The zip file is written
 * here because no zip library writes an entry it has not compressed itself; `declaredBytes` is the
 * uncompressed size its headers state (the true size unless a smaller one is given, as a bomb may
 * state to get past a check of the headers). The CRC is left 0: JSZip, as mammoth uses it, does not check it.
 */
export function zipBomb(megabytes: number, declaredBytes?: number): Buffer {
  const prefix = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${DOCUMENT_START}`);
  // About 1 MB: 16 paragraphs of 65,000 characters (a string may have 100,000).
  const piece = Buffer.from(Array<string>(16).fill(paragraph('The parties agree. '.repeat(3440))).join(''));
  const suffix = Buffer.from(DOCUMENT_END);
  const deflated = (data: Buffer, last = false) => deflateRawSync(data, { level: 9, finishFlush: last ? constants.Z_FINISH : constants.Z_FULL_FLUSH });
  const data = Buffer.concat([deflated(prefix), ...Array<Buffer>(megabytes).fill(deflated(piece)), deflated(suffix, true)]);
  const size = prefix.length + megabytes * piece.length + suffix.length;
  return zipFile([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES), method: 0, size: CONTENT_TYPES.length },
    { name: '_rels/.rels', data: Buffer.from(RELATIONSHIPS), method: 0, size: RELATIONSHIPS.length },
    { name: 'word/document.xml', data, method: 8, size: declaredBytes ?? size },
  ]);
}

interface ZipEntry {
  name: string;
  /** The bytes as stored: compressed when `method` is 8 (deflate), as they are when 0. */
  data: Buffer;
  method: 0 | 8;
  /** The uncompressed size the headers state. */
  size: number;
}

/** A zip file (APPNOTE 4.3: local headers with the data, the central directory, its end record); CRCs 0. */
function zipFile(entries: ZipEntry[]): Buffer {
  const header = (fields: [number, 2 | 4][]): Buffer => {
    const buffer = Buffer.alloc(fields.reduce((sum, [, bytes]) => sum + bytes, 0));
    fields.reduce((at, [value, bytes]) => (bytes === 2 ? buffer.writeUInt16LE(value, at) : buffer.writeUInt32LE(value, at)), 0);
    return buffer;
  };
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data, method, size } of entries) {
    const fileName = Buffer.from(name);
    // version needed, flags, method, time, date, crc, compressed size, size, name length, extra length
    const common: [number, 2 | 4][] = [[20, 2], [0, 2], [method, 2], [0, 2], [0x21, 2], [0, 4], [data.length, 4], [size, 4], [fileName.length, 2], [0, 2]];
    const local = Buffer.concat([header([[0x04034b50, 4], ...common]), fileName]);
    // + comment length, disk, internal and external attributes, the local header's offset
    central.push(Buffer.concat([header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]), fileName]));
    locals.push(local, data);
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = header([[0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [directory.length, 4], [offset, 4], [0, 2]]);
  return Buffer.concat([...locals, directory, end]);
}
