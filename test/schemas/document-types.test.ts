/**
 * The document-type table (schemas/document-types.ts) is the one list of types: the database's
 * CHECK constraint on requests.doc_type, after every migration ran on a fresh PostgreSQL,
 * accepts exactly its types plus `other`; labels, mandatory fields and the wording reasons use
 * come from it.
 */
import t from 'tap';
import postgres from 'postgres';
import { migrate } from '../../adapters/db/migrate.ts';
import { DOC_TYPES, DOCUMENT_TYPES, PROCESSABLE_TYPES, documentTypeLabel, processableNouns } from '../../schemas/document-types.ts';
import { MANDATORY_FIELDS } from '../../schemas/mandatory-fields.ts';
import { freshPostgresUrl } from '../helpers/databases.ts';

t.test("the migrations' doc_type CHECK accepts exactly the table's types and 'other'", async (t) => {
  const db = await freshPostgresUrl();
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  t.teardown(async () => {
    await sql.end({ timeout: 5 });
    await db.drop();
  });
  await migrate(sql);
  const [row] = await sql<{ def: string }[]>`
    select pg_get_constraintdef(c.oid) as def
    from pg_constraint c join pg_class r on r.oid = c.conrelid
    where r.relname = 'requests' and c.contype = 'c' and pg_get_constraintdef(c.oid) like '%doc_type%'`;
  t.ok(row, 'requests has a CHECK on doc_type');
  const allowed = [...row!.def.matchAll(/'([^']+)'::text/g)].map((m) => m[1]).sort();
  t.same(allowed, [...DOC_TYPES].sort(), row!.def);
});

t.test('labels, mandatory fields and wording come from the table', async (t) => {
  t.equal(documentTypeLabel('receipt', 'application/pdf'), 'ReceiptPDF');
  t.equal(documentTypeLabel('invoice', 'image/jpeg'), 'InvoiceImage');
  t.equal(documentTypeLabel('bank_statement', 'image/png'), 'BankStatementImage');
  t.equal(documentTypeLabel('bank_statement', 'application/pdf'), 'BankStatementPDF');
  for (const type of PROCESSABLE_TYPES) t.same(MANDATORY_FIELDS[type], DOCUMENT_TYPES[type].mandatory, type);
  t.equal(processableNouns(), 'receipt, invoice or bank statement');
});
