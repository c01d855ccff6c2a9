import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { commitAssetImport, previewAssetImport } from '@/lib/server/assets/import-assets-csv.ts';
import { actorOf, makeAsset, makeClient, makeUser } from '@/tests/factories/index.ts';

const HEADER = 'name,class,make,model,serial,os,site,lifecycle,warranty_expires,licence_expires,supported';
const CSV = [
  HEADER,
  'SRV01,server,Dell,R650,SN1,Windows Server 2022,Head office,active,2027-01-31,,yes',
  'PC-9,workstation,Lenovo,M70q,SN2,Windows 11,,,2026-13-01,,',
  'ROUTER-X,mainframe,IBM,z15,SN3,,,,,,',
  '"Office, licences",Software licence,Microsoft,"365 ""E3""",,,,,,2026-12-31,no',
  '',
  'srv01,server,HP,,,,,,,,',
  'AP-1,wireless,Ubiquiti,U6,,,Branch,,,,',
].join('\r\n');

async function setup() {
  const client = await makeClient(db);
  await db.site.create({ data: { clientId: client.id, name: 'Head office' } });
  const staff = actorOf(await makeUser(db, { role: 'technician' }));
  return { client, staff };
}

describe('CSV import of assets', () => {
  it('previews valid rows and reports each bad row with its line and reasons', async () => {
    const { client, staff } = await setup();
    const preview = await previewAssetImport({ actor: staff, clientId: client.id, csv: CSV });
    expect(preview.valid.map((row) => [row.line, row.name, row.class])).toEqual([
      [2, 'SRV01', 'server'],
      [5, 'Office, licences', 'software_licence'],
    ]);
    expect(preview.valid[1]).toMatchObject({ model: '365 "E3"', isSupported: false, licenceExpiresOn: '2026-12-31' });
    expect(preview.rejected).toEqual([
      { line: 3, errors: ['Bad warranty_expires date “2026-13-01” (use YYYY-MM-DD).'] },
      { line: 4, errors: [expect.stringContaining('Unknown class “mainframe”')] },
      { line: 7, errors: ['Duplicate name “srv01” (also on line 2).'] },
      { line: 8, errors: [expect.stringContaining('Unknown site “Branch”')] },
    ]);
    expect(await db.asset.count({ where: { clientId: client.id } })).toBe(0);
  });

  it('commits only the valid rows in one audited step; a second commit adds nothing', async () => {
    const { client, staff } = await setup();
    const first = await commitAssetImport({ actor: staff, clientId: client.id, csv: CSV });
    expect(first.imported).toBe(2);
    expect(first.rejected.map((row) => row.line)).toEqual([3, 4, 7, 8]);
    const names = (await db.asset.findMany({ where: { clientId: client.id }, orderBy: { name: 'asc' }, select: { name: true } })).map((a) => a.name);
    expect(names).toEqual(['Office, licences', 'SRV01']);
    expect(await db.auditLog.findMany({ where: { clientId: client.id, action: 'asset.imported' }, select: { after: true } })).toEqual([{ after: { imported: 2, rejected: 4 } }]);

    const again = await previewAssetImport({ actor: staff, clientId: client.id, csv: CSV });
    expect(again.valid).toEqual([]);
    expect(again.rejected.find((row) => row.line === 2)?.errors).toEqual(['“SRV01” is already in this client’s CMDB.']);
    const second = await commitAssetImport({ actor: staff, clientId: client.id, csv: CSV });
    expect(second.imported).toBe(0);
    expect(await db.asset.count({ where: { clientId: client.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { clientId: client.id, action: 'asset.imported' } })).toBe(1);
  });

  it('refuses a file with an unknown column, no rows, or too many rows, writing nothing', async () => {
    const { client, staff } = await setup();
    await makeAsset(db, { clientId: client.id, name: 'Existing' });
    await expect(previewAssetImport({ actor: staff, clientId: client.id, csv: 'name,kind\nA,server' })).rejects.toMatchObject({ code: 'invalid', fieldErrors: { csv: [expect.stringContaining('Unknown column “kind”')] } });
    await expect(commitAssetImport({ actor: staff, clientId: client.id, csv: HEADER })).rejects.toMatchObject({ code: 'invalid' });
    const tooMany = [HEADER, ...Array.from({ length: 5001 }, (_, i) => `PC-${i},workstation,,,,,,,,,`)].join('\n');
    await expect(commitAssetImport({ actor: staff, clientId: client.id, csv: tooMany })).rejects.toMatchObject({ code: 'invalid', fieldErrors: { csv: [expect.stringContaining('5,000')] } });
    expect(await db.asset.count({ where: { clientId: client.id } })).toBe(1);
  });

  it('customers cannot import', async () => {
    const { client } = await setup();
    const customer = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
    await expect(commitAssetImport({ actor: customer, clientId: client.id, csv: CSV })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.asset.count({ where: { clientId: client.id } })).toBe(0);
  });
});
