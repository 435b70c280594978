/**
 * `archive export`: everything an auditor needs to check the underlag without Kontera — every
 * original as archived, an index (voucher ↔ file ↔ hash), SHA256SUMS for `sha256sum -c`, the
 * behandlingshistorik (audit log) and a short system documentation.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/connection.js';
import { allReceipts } from '../../db/repos/receipts.repo.js';
import { allLinks } from '../../db/repos/receiptLinks.repo.js';
import { archiveIterate } from '../../db/repos/receiptArchive.repo.js';
import { voucherById, lastHash } from '../../db/repos/vouchers.repo.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { refOf } from './voucherDto.js';
import { archivePathOf } from '../receipts/archive.js';
import { EXTENSION, type MediaType } from '../receipts/sniff.js';
import { toJsonAmount } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { type HandlerResult, done, refuse } from '../result.js';
import type { ArchiveExportDto } from '../../../shared/api/dto/receipts.js';

const csv = (cells: readonly (string | number | null)[]) => cells.map((c) => {
  const s = c === null ? '' : String(c);
  return /[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}).join(';');

function safe(name: string): string {
  return name.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '').slice(0, 80) || 'underlag';
}

export function exportArchive(db: Db, dir: string, now: string): HandlerResult<ArchiveExportDto> {
  const target = path.resolve(dir);
  if (existsSync(target) && readdirSync(target).length > 0) return refuse('export-dir-not-empty', `Mappen ${target} är inte tom. Välj en ny eller tom mapp för exporten.`, { path: 'dir' });
  try {
    mkdirSync(path.join(target, 'underlag'), { recursive: true });
  } catch {
    return refuse('cannot-write', `Kan inte skapa mappen ${target}. Välj en mapp du har skrivrätt till.`, { path: 'dir' });
  }
  const receipts = new Map(allReceipts(db).map((r) => [r.sha256, r]));
  const fileOf = new Map<string, string>();
  const sums: string[] = [];
  let n = 0;
  for (const f of archiveIterate(db)) {
    n += 1;
    const r = receipts.get(f.sha256);
    const rel = `underlag/${String(r?.id ?? 0).padStart(5, '0')}_${f.sha256.slice(0, 12)}_${safe(path.parse(f.file_name).name)}.${EXTENSION[f.media_type as MediaType] ?? 'bin'}`;
    writeFileSync(path.join(target, rel), f.bytes);
    fileOf.set(f.sha256, rel);
    sums.push(`${f.sha256}  ${rel}`);
  }
  writeFileSync(path.join(target, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  const links = allLinks(db);
  const rows = [csv(['verifikation', 'verifikationsdatum', 'underlag_id', 'fil', 'sha256', 'storlek', 'typ', 'arkiverad', 'arkiverad_av', 'säljare', 'kvittodatum', 'summa', 'valuta'])];
  for (const r of receipts.values()) {
    const vs = links.filter((l) => l.receipt_id === r.id).map((l) => voucherById(db, l.voucher_id)).filter((v) => v !== undefined);
    for (const v of vs.length ? vs : [null]) {
      rows.push(csv([v ? refOf(db, v, true) : '', v?.date ?? '', r.id, fileOf.get(r.sha256) ?? 'SAKNAS I ARKIVET', r.sha256, r.size, r.media_type, r.added_at, r.added_by,
        r.merchant, r.receipt_date, r.total === null ? '' : toJsonAmount(ore(r.total)), r.currency]));
    }
  }
  writeFileSync(path.join(target, 'index.csv'), `\ufeff${rows.join('\r\n')}\r\n`);
  const audit = db.raw.prepare('SELECT id, at, actor, action, details FROM audit_log ORDER BY id').all() as { id: number; at: string; actor: string; action: string; details: string }[];
  writeFileSync(path.join(target, 'behandlingshistorik.csv'), `\ufeff${[csv(['id', 'tid', 'användare', 'händelse', 'detaljer']), ...audit.map((a) => csv([a.id, a.at, a.actor, a.action, a.details]))].join('\r\n')}\r\n`);
  writeFileSync(path.join(target, 'systemdokumentation.md'), documentation(db, n, now));
  return done({ dir: target, files: n, index: path.join(target, 'index.csv'), audit: path.join(target, 'behandlingshistorik.csv'), documentation: path.join(target, 'systemdokumentation.md') });
}

function documentation(db: Db, files: number, now: string): string {
  const c = getCompany(db);
  return `# Systemdokumentation – underlag i Kontera

Företag: ${c?.name ?? ''} (${c?.identity ?? ''})
Exporterad: ${now}
Antal underlag: ${files}
Verifikationskedjans huvud: ${lastHash(db) ?? '–'}

## Så arkiveras underlag

- Varje underlag (kvitto, faktura, PDF) sparas byte för byte i arkivfilen \`${path.basename(archivePathOf(db.path))}\`
  bredvid företagsfilen. Filen identifieras av sin SHA-256-kontrollsumma.
- Arkivet och underlagstabellerna i företagsfilen går bara att lägga till i: databasutlösare (triggers)
  stoppar ändringar och borttagningar. Samma fil två gånger lagras en gång.
- Kopplingen mellan underlag och verifikation är en egen post (ett underlag kan höra till flera
  verifikationer och tvärtom). En koppling ändras eller tas aldrig bort.
- Kontera läser underlaget (text i PDF, annars textigenkänning på datorn) och föreslår en kontering,
  men inget bokförs utan att användaren bekräftar. Det som lästes sparas oförändrat; rättelser görs
  i verifikationen.
- \`kontera verify\` kontrollerar att varje underlag finns i arkivet och att kontrollsummorna stämmer.

## Innehåll i exporten

- \`underlag/\`: originalfilerna, namngivna med underlags-id och början av kontrollsumman.
- \`index.csv\`: verifikation ↔ fil ↔ kontrollsumma (semikolonseparerad, UTF-8).
- \`SHA256SUMS\`: kontrollera filerna med \`sha256sum -c SHA256SUMS\`.
- \`behandlingshistorik.csv\`: alla registrerade händelser (vem, när, vad).
`;
}
