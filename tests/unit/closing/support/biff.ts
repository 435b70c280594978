/**
 * A minimal reader for legacy Excel (.xls: BIFF8 in an OLE2 compound file), enough to read the
 * text and number cells of Skatteverket's SRU field tables. Test support only: exceljs reads
 * .xlsx, and these tables ship as .xls.
 */
export interface XlsSheet { name: string; rows: Map<number, Map<number, string>> }

function u16(b: Uint8Array, o: number): number { return b[o]! | (b[o + 1]! << 8); }
function u32(b: Uint8Array, o: number): number { return (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0; }

/** The "Workbook" (or "Book") stream of an OLE2 compound file. */
function workbookStream(f: Uint8Array): Uint8Array {
  const sec = 1 << u16(f, 0x1e);
  const mini = 1 << u16(f, 0x20);
  const cutoff = u32(f, 0x38);
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) { const s = u32(f, 0x4c + i * 4); if (s < 0xfffffffa) fatSectors.push(s); }
  let difat = u32(f, 0x44);
  while (difat < 0xfffffffa) {
    const base = 512 + difat * sec;
    for (let i = 0; i < sec / 4 - 1; i++) { const s = u32(f, base + i * 4); if (s < 0xfffffffa) fatSectors.push(s); }
    difat = u32(f, base + sec - 4);
  }
  const fat: number[] = [];
  for (const s of fatSectors) for (let i = 0; i < sec / 4; i++) fat.push(u32(f, 512 + s * sec + i * 4));
  const chain = (start: number, table: number[]) => { const out: number[] = []; for (let s = start; s < 0xfffffffa && out.length <= table.length; s = table[s]!) out.push(s); return out; };
  const read = (start: number) => { const parts = chain(start, fat).map((s) => f.subarray(512 + s * sec, 512 + (s + 1) * sec)); return concat(parts); };
  const dir = read(u32(f, 0x30));
  const entries: { name: string; type: number; start: number; size: number }[] = [];
  for (let o = 0; o + 128 <= dir.length; o += 128) {
    const len = u16(dir, o + 0x40);
    let name = '';
    for (let i = 0; i < Math.max(0, len - 2); i += 2) name += String.fromCharCode(u16(dir, o + i));
    entries.push({ name, type: dir[o + 0x42]!, start: u32(dir, o + 0x74), size: u32(dir, o + 0x78) });
  }
  const wb = entries.find((e) => e.name === 'Workbook' || e.name === 'Book');
  if (!wb) throw new Error('no Workbook stream');
  if (wb.size >= cutoff) return read(wb.start).subarray(0, wb.size);
  const root = entries[0]!;
  const ministream = read(root.start);
  const miniFat: number[] = [];
  const mf = read(u32(f, 0x3c));
  for (let i = 0; i + 4 <= mf.length; i += 4) miniFat.push(u32(mf, i));
  return concat(chain(wb.start, miniFat).map((s) => ministream.subarray(s * mini, (s + 1) * mini))).subarray(0, wb.size);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

/** Reads the shared-string table, whose strings may continue across CONTINUE records. */
function readSst(segments: Uint8Array[]): string[] {
  let seg = 0; let pos = 8; // skip cstTotal, cstUnique
  const out: string[] = [];
  const total = u32(segments[0]!, 4);
  const need = () => { if (pos >= segments[seg]!.length) { seg++; pos = 0; } };
  const byte = () => { need(); return segments[seg]![pos++]!; };
  const word = () => byte() | (byte() << 8);
  const skip = (n: number) => { while (n > 0) { need(); const k = Math.min(n, segments[seg]!.length - pos); pos += k; n -= k; } };
  for (let i = 0; i < total && seg < segments.length; i++) {
    const cch = word();
    const flags = byte();
    let wide = (flags & 1) === 1;
    const runs = flags & 8 ? word() : 0;
    const ext = flags & 4 ? word() | (word() << 16) : 0;
    let s = '';
    for (let c = 0; c < cch; c++) {
      if (pos >= segments[seg]!.length) { seg++; pos = 0; wide = (segments[seg]![pos++]! & 1) === 1; }
      s += String.fromCharCode(wide ? word() : byte());
    }
    skip(runs * 4 + ext);
    out.push(s);
  }
  return out;
}

function rk(v: number): number {
  const n = v & 2 ? v >> 2 : (() => { const b = new DataView(new ArrayBuffer(8)); b.setUint32(0, (v & 0xfffffffc) >>> 0); b.setUint32(4, 0); return b.getFloat64(0); })();
  return v & 1 ? n / 100 : n;
}

/** Every sheet's cells as text (numbers as their shortest decimal text). */
export function readXls(file: Uint8Array): XlsSheet[] {
  const w = workbookStream(file);
  const sheets: XlsSheet[] = [];
  const names: string[] = [];
  let sst: string[] = [];
  let sstParts: Uint8Array[] | null = null;
  let current: XlsSheet | null = null;
  let depth = 0;
  const set = (r: number, c: number, v: string) => { if (!current) return; const row = current.rows.get(r) ?? current.rows.set(r, new Map()).get(r)!; row.set(c, v); };
  for (let o = 0; o + 4 <= w.length;) {
    const type = u16(w, o); const len = u16(w, o + 2);
    const d = w.subarray(o + 4, o + 4 + len);
    o += 4 + len;
    if (type !== 0x3c && sstParts) { sst = readSst(sstParts); sstParts = null; }
    if (type === 0x809) { depth++; if (depth === 1 && sheets.length + names.length > 0 && names.length > sheets.length) { current = { name: names[sheets.length]!, rows: new Map() }; sheets.push(current); } continue; }
    if (type === 0x0a) { depth--; current = null; continue; }
    if (type === 0x85) { const cch = d[6]!; const wide = d[7]! & 1; let s = ''; for (let i = 0; i < cch; i++) s += String.fromCharCode(wide ? u16(d, 8 + i * 2) : d[8 + i]!); names.push(s); continue; }
    if (type === 0xfc) { sstParts = [d]; continue; }
    if (type === 0x3c && sstParts) { sstParts.push(d); continue; }
    if (type === 0xfd) set(u16(d, 0), u16(d, 2), sst[u32(d, 6)] ?? '');
    else if (type === 0x203) set(u16(d, 0), u16(d, 2), String(new DataView(d.buffer, d.byteOffset + 6, 8).getFloat64(0, true)));
    else if (type === 0x27e) set(u16(d, 0), u16(d, 2), String(rk(u32(d, 6))));
    else if (type === 0xbd) { const r = u16(d, 0); const first = u16(d, 2); const n = (len - 6) / 6; for (let i = 0; i < n; i++) set(r, first + i, String(rk(u32(d, 4 + i * 6 + 2)))); }
    else if (type === 0x204) { const cch = u16(d, 6); const wide = d[8]! & 1; let s = ''; for (let i = 0; i < cch; i++) s += String.fromCharCode(wide ? u16(d, 9 + i * 2) : d[9 + i]!); set(u16(d, 0), u16(d, 2), s); }
  }
  return sheets;
}
