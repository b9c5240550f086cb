/**
 * @module test/engine/classify/mexican-cfdi
 * A Mexican invoice, the printed form of a CFDI (Comprobante Fiscal Digital por Internet, SAT
 * Anexo 20), is an invoice: its "FACTURA" title, the issuer's and the recipient's RFC, the "Uso
 * CFDI", the "Folio fiscal" (the stamp's UUID), "Subtotal", "IVA 16%", "Total", "Forma de pago"
 * and "Método de pago" (PUE, PPD). A fresh tester's A4 CFDI was typed a receipt: read by OCR, a
 * page counted as a till's slip for being an image, and its "Importe" column and a card as the
 * form of payment are a till's words too. An A4 page's text runs wider than a till roll prints
 * (../../../engine/classify/text-columns.ts), so a scan or a photo of it earns no such credit; a
 * Mexican till ticket that tells how to ask for a CFDI stays a receipt.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { gatherEvidence } from '../../../engine/classify/evidence.ts';
import { readingFromText } from '../reading-from-text.ts';
import type { DocumentReading } from '../../../engine/types.ts';

/**
 * `lines` on a page of `width` x `height` units, the text scaled so that its widest line spans
 * `span` of the page's width (an A4 page's text spans most of it).
 */
function laidOut(lines: string[], kind: 'pdf' | 'image', width: number, height: number, span: number): DocumentReading {
  const r = readingFromText([lines], { kind });
  const p = r.pages[0];
  const k = (width * span) / Math.max(...p.lines.map((l) => l.box.x + l.box.w));
  const scale = (b: { x: number; y: number; w: number; h: number }) => ({ x: b.x * k, y: b.y * k, w: b.w * k, h: b.h * k });
  for (const l of p.lines) {
    l.box = scale(l.box);
    for (const w of l.words) w.box = scale(w.box);
  }
  p.width = width;
  p.height = height;
  if (kind === 'image') r.firstPageImage = { width, height };
  return r;
}

const LAYOUTS: [string, (lines: string[]) => DocumentReading][] = [
  ['an A4 text PDF', (l) => laidOut(l, 'pdf', 595, 842, 0.85)],
  ['an A4 scan', (l) => laidOut(l, 'image', 1240, 1754, 0.85)],
  ['a phone photo of the page', (l) => laidOut(l, 'image', 1500, 2000, 0.9)],
];

const CFDI: Record<string, string[]> = {
  'a CFDI to a company, paid by transfer': [
    'COMERCIALIZADORA DEL NORTE SA DE CV                                           FACTURA',
    'RFC emisor: CNO850101AB1                                  Serie: A    Folio: 10234',
    'Regimen fiscal: 601 General de Ley Personas Morales      Lugar de expedicion: 64000',
    'Folio fiscal: 5F3A1B2C-9D8E-4F70-A1B2-C3D4E5F60789     Fecha: 2026-03-12T10:15:22',
    'Receptor: DISTRIBUIDORA PACIFICO SA DE CV', 'RFC receptor: DPA990215XY9           Uso CFDI: G03 Gastos en general',
    'Cantidad  Clave   Unidad   Descripcion                    Valor unitario        Importe',
    '10        31161500  H87    Tornillo acero 1/4"                     12.50         125.00',
    '2         72101500  E48    Servicio de instalacion                850.00       1,700.00',
    '                                                              Subtotal       $1,825.00',
    '                                                              IVA 16%          $292.00',
    '                                                              Total          $2,117.00',
    'Forma de pago: 03 Transferencia electronica de fondos      Metodo de pago: PUE Pago en una sola exhibicion',
    'Moneda: MXN     Este documento es una representacion impresa de un CFDI 4.0',
  ],
  'a CFDI to a person, paid by card': [
    'EMPRESA EJEMPLO S.A. DE C.V.                                                   FACTURA',
    'RFC: EEJ920629TE3                           Folio Fiscal (UUID): 3D9F7A1E-4C2B-4E8F-9A1D-2B3C4D5E6F70',
    'Fecha y hora de emision: 12/03/2026 10:15                  Lugar de expedicion: 06600',
    'Cliente: Juan Perez Lopez           RFC: PELJ800101ABC          Uso del CFDI: G01 Adquisicion de mercancias',
    'Cant.   Descripcion                                     P. Unitario              Importe',
    '1       Laptop 14 pulgadas                                15,000.00            15,000.00',
    '                                                        Subtotal              15,000.00',
    '                                                        IVA 16%                2,400.00',
    '                                                        Total                 17,400.00',
    'Forma de pago: 04 Tarjeta de credito                     Metodo de pago: PUE',
  ],
};

t.test('a Mexican CFDI is an invoice, as a text PDF, a scan and a photo', async (t) => {
  for (const [name, lines] of Object.entries(CFDI)) {
    for (const [layout, read] of LAYOUTS) {
      const c = classifyOffline(read(lines));
      t.equal(c.type, 'invoice', `${name}, ${layout}: ${c.reason}`);
    }
  }
});

t.test("a CFDI's own fields are invoice fields", async (t) => {
  const e = gatherEvidence(LAYOUTS[0][1](CFDI['a CFDI to a company, paid by transfer']));
  for (const field of ['folio fiscal', 'uso cfdi', 'rfc emisor', 'rfc receptor', 'método de pago']) t.ok(e.invoiceHits.includes(field), field);
});

t.test("an A4 page's text is wider than a till prints; a slip's is not", async (t) => {
  t.ok(gatherEvidence(LAYOUTS[1][1](CFDI['a CFDI to a person, paid by card'])).pageWide);
  const ticket = ['OXXO TIENDA 1234', 'CADENA COMERCIAL OXXO SA DE CV', 'RFC: CCO8605231N4', 'Av. Juarez 100 Monterrey NL', 'Fecha: 12/03/2026 08:15',
    'COCA COLA 600ML        18.00', 'SABRITAS 45G           17.50', 'TOTAL                 $35.50', 'EFECTIVO              $50.00', 'CAMBIO                $14.50',
    'Si requiere factura electronica (CFDI)', 'ingrese a www.oxxo.com/facturacion'];
  const photo = readingFromText([ticket], { kind: 'image' });
  t.notOk(gatherEvidence(photo).pageWide);
  t.equal(classifyOffline(photo).type, 'receipt', 'a till ticket that tells how to ask for a CFDI stays a receipt');
});
