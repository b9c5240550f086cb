/**
 * @module test/engine/classify/fiscal-till-slips
 * A till slip that a fiscal printer titles as an invoice is a receipt: Argentina's "TIQUE FACTURA
 * B" / "FACTURA B" printed by a controlador fiscal to a "CONSUMIDOR FINAL", Chile's "BOLETA
 * ELECTRONICA", Peru's "BOLETA DE VENTA ELECTRONICA", Portugal's "Fatura Simplificada", Spain's
 * "Factura simplificada", Italy's "DOCUMENTO COMMERCIALE": a narrow roll of items, a total and
 * its payment, change handed back ("SU VUELTO", "VUELTO", "CAMBIO", "Troco", "Resto"), no buyer's
 * address or tax number, no due date. They are read as a till-roll text PDF, a tall scan, a
 * photo of a short slip (its text fills the frame: no tall page to show it) and a slip laid on a
 * scanner's A4 glass. Real invoices of the same countries (A4, a buyer's block with its tax
 * number, a due date: "Factura A" to a company) stay invoices, as text PDFs and as A4 scans.
 * Source: a fresh tester's Argentine controlador-fiscal slips typed invoice.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { gatherEvidence } from '../../../engine/classify/evidence.ts';
import { readingFromText } from '../reading-from-text.ts';
import type { DocumentReading } from '../../../engine/types.ts';

/** An 80 mm till roll as a text PDF (227 pt wide). */
const roll = (lines: string[]) => readingFromText([lines], { kind: 'pdf', width: 227 });
/** A scan of a long roll: an image 2.6 times as tall as wide. */
function tallScan(lines: string[]): DocumentReading {
  const r = readingFromText([lines], { kind: 'image', width: 360 });
  r.pages[0].height = 940;
  r.firstPageImage = { width: 360, height: 940 };
  return r;
}
/** A photo of a short slip: its text fills the frame, which is not tall (about 1.3 times as tall as wide). */
function shortPhoto(lines: string[]): DocumentReading {
  const r = readingFromText([lines], { kind: 'image' });
  const p = r.pages[0];
  p.height = Math.round(p.width * 1.3);
  r.firstPageImage = { width: p.width, height: p.height };
  return r;
}
/**
 * A page laid out on A4 (1240 x 1754 units, a 150 dpi scan, or a 595 pt text PDF with
 * `kind` pdf): the text is scaled so that its widest line spans `span` of the page, as a slip on
 * the scanner's glass spans a strip (0.35) and a full page's text spans most of it (0.85).
 */
function a4(lines: string[], kind: 'pdf' | 'image', span: number): DocumentReading {
  const r = readingFromText([lines], { kind });
  const p = r.pages[0];
  const [w, h] = kind === 'image' ? [1240, 1754] : [595, 842];
  const widest = Math.max(...p.lines.map((l) => l.box.x + l.box.w));
  const k = (w * span) / widest;
  const scale = (b: { x: number; y: number; w: number; h: number }) => ({ x: b.x * k, y: b.y * k, w: b.w * k, h: b.h * k });
  for (const l of p.lines) {
    l.box = scale(l.box);
    for (const word of l.words) word.box = scale(word.box);
  }
  p.width = w;
  p.height = h;
  if (kind === 'image') r.firstPageImage = { width: w, height: h };
  return r;
}

const TILL_LAYOUTS: [string, (lines: string[]) => DocumentReading][] = [
  ['a till-roll text PDF', roll],
  ['a tall scan', tallScan],
  ['a photo of the slip', shortPhoto],
  ["a slip on a scanner's A4 glass", (l) => a4(l, 'image', 0.35)],
];

const SLIPS: Record<string, string[]> = {
  // Argentina: a controlador fiscal's tique-factura, the seller's CUIT and VAT status, to a final consumer, paid in cash
  'an Argentine "TIQUE FACTURA B" paid in cash': [
    'SUPERMERCADO LA ESQUINA S.R.L.', 'C.U.I.T. Nro.: 30-71234567-8', 'ING. BRUTOS: 901-123456-7', 'AV. CORRIENTES 1234 CABA',
    'INICIO DE ACTIVIDADES: 01/03/2015', 'IVA RESPONSABLE INSCRIPTO', 'A CONSUMIDOR FINAL', 'TIQUE FACTURA B    N° 0004-00012345',
    'Fecha 12/03/26      Hora 18:42:10', '2,000 x 450,00', 'YERBA MATE 1KG    (21,00)   900,00', '1,000 x 320,50',
    'LECHE ENTERA      (21,00)   320,50', 'TOTAL                  $1.220,50', 'RECIBI(MOS)', 'SU PAGO                $2.000,00',
    'SU VUELTO                $779,50', 'CAJA 002   CAJERO 03',
  ],
  'an Argentine "FACTURA B" of a controlador fiscal, paid by card': [
    'FARMACIA DEL PUEBLO', 'de Maria Gomez', 'CUIT 27-23456789-0', 'IVA RESPONSABLE INSCRIPTO', 'San Martin 123 Mendoza', 'A CONSUMIDOR FINAL',
    'FACTURA B', 'P.V. Nro.: 0003   Nro. T.: 00045612', 'Fecha: 12/03/2026  Hora: 10:15', 'IBUPROFENO 400 X10   (21,00)  1.250,00',
    'ALCOHOL EN GEL      (21,00)    980,00', 'TOTAL                    2.230,00', 'TARJETA DEBITO           2.230,00', 'CAJERO: 2',
  ],
  'an Argentine "Tique-Factura C" with its change': [
    'KIOSCO EL SOL', 'de Pedro Ruiz', 'CUIT 20-23456789-4', 'RESPONSABLE MONOTRIBUTO', 'Belgrano 88 Rosario', 'A CONSUMIDOR FINAL',
    'Tique-Factura C   N° 0001-00000321', 'Fecha 05/11/2026   Hora 21:05', 'ALFAJOR x3               600,00', 'GASEOSA 500CC            850,00',
    'TOTAL                  1.450,00', 'EFECTIVO               1.500,00', 'VUELTO                    50,00',
  ],
  // an electronic factura B printed on the till's roll prints an invoice's fields (its issue date, the form of payment, the CAE)
  'an Argentine electronic "FACTURA B" printed on the roll': [
    'SUPERMERCADOS DEL CENTRO S.A.', 'CUIT: 30-71234567-8', 'Ingresos Brutos: 901-123456-7', 'Av. Corrientes 1234 - CABA', 'IVA Responsable Inscripto',
    'FACTURA B   Cod. 006', 'Punto de Venta: 00004  Comp. Nro: 00012345', 'Fecha de Emision: 12/03/2026', 'A CONSUMIDOR FINAL', 'Forma de pago: Efectivo',
    'YERBA MATE 1KG  2 x 450,00    900,00', 'LECHE ENTERA 1L 1 x 320,50    320,50', 'Subtotal:                 1.220,50', 'TOTAL:                  $ 1.220,50',
    'Efectivo                $ 1.500,00', 'Su vuelto                 $ 279,50', 'CAE N°: 74123456789012', 'Vto. CAE: 22/03/2026',
  ],
  'a Chilean "BOLETA ELECTRONICA"': [
    'COMERCIAL SANTA ELENA SPA', 'RUT: 76.123.456-7', 'GIRO: VENTA AL POR MENOR', 'AV. PROVIDENCIA 1234, SANTIAGO', 'BOLETA ELECTRONICA', 'N° 000123456',
    'FECHA: 12-03-2026 13:45', 'PAN AMASADO 1KG        1.990', 'QUESO GAUDA 250G       3.490', 'BEBIDA 1.5L            1.590', 'TOTAL                 $7.070',
    'EFECTIVO              $10.000', 'VUELTO                 $2.930', 'Timbre Electronico SII', 'Verifique documento: www.sii.cl',
  ],
  'a Peruvian "BOLETA DE VENTA ELECTRONICA"': [
    'BOTICA SAN MARTIN S.A.C.', 'RUC 20512345678', 'Jr. Union 450 - Lima', 'BOLETA DE VENTA ELECTRONICA', 'B001-00076986', 'Fecha de emision: 12/03/2026',
    'Cliente: CLIENTES VARIOS', 'PARACETAMOL 500MG X 10     3.50', 'VITAMINA C X 30           18.90', 'OP. GRAVADA               19.00', 'IGV 18%                    3.40',
    'IMPORTE TOTAL S/          22.40', 'EFECTIVO S/               30.00', 'VUELTO S/                  7.60', 'Representacion impresa de la', 'Boleta de Venta Electronica',
  ],
  'a Portuguese "Fatura Simplificada"': [
    'Mercearia Avenida Lda', 'Av. da Liberdade 120', '1250-146 Lisboa', 'NIF 509123456', 'Fatura Simplificada FS A/4521', 'Data: 2026-03-12 11:02',
    'Contribuinte: Consumidor final', 'PAO DE FORMA        1,89', 'LEITE MEIO GORDO    0,79', 'BANANA KG           1,35', 'TOTAL A PAGAR       4,03',
    'Numerario           5,00', 'Troco               0,97', 'IVA incluido        0,37',
  ],
  'a Spanish "Factura simplificada" paid by card': [
    'FRUTERIA LA HUERTA S.L.', 'C/ Valencia 5, 46016 Valencia', 'NIF: B46103834', 'Factura simplificada: 2304-011-123456', 'Fecha: 12/03/2026 19:21',
    '1 MANZANA GOLDEN     1,92', '2 PLATANO CANARIAS   2,20', '1 TOMATE PERA        1,45', 'TOTAL (EUR)          5,57', 'TARJETA BANCARIA     5,57',
    'IVA 4%  base 5,36  cuota 0,21',
  ],
  'an Italian "DOCUMENTO COMMERCIALE"': [
    'BAR PASTICCERIA AURORA', 'Via Roma 20 Torino', 'P.IVA 04916380159', 'DOCUMENTO COMMERCIALE', 'di vendita o prestazione', 'DESCRIZIONE      IVA   Prezzo(EUR)',
    'CAPPUCCINO       10%    1,50', 'BRIOCHE          10%    1,20', 'SPREMUTA         10%    3,00', 'TOTALE COMPLESSIVO      5,70', 'di cui IVA              0,52',
    'Pagamento contante     10,00', 'Resto                   4,30', 'DOCUMENTO N. 0123-0456', '12-03-2026 10:45',
  ],
};

t.test('a fiscal till slip titled as an invoice or a boleta is a receipt, in every layout', async (t) => {
  for (const [name, lines] of Object.entries(SLIPS)) {
    for (const [layout, read] of TILL_LAYOUTS) {
      const c = classifyOffline(read(lines));
      t.equal(c.type, 'receipt', `${name}, ${layout}: ${c.reason}`);
    }
  }
});

t.test("change handed back as Latin America prints it (\"VUELTO\", \"SU VUELTO\") counts as change", async (t) => {
  const c = classifyOffline(roll(SLIPS['an Argentine "TIQUE FACTURA B" paid in cash']));
  t.match(c.reason, /change handed back/);
});

t.test("a fiscal printer's \"TIQUE FACTURA\" is a till's title, no invoice title; a \"FACTURA A\" is one", async (t) => {
  for (const title of ['TIQUE FACTURA B    N° 0004-00012345', 'Tique-Factura C   N° 0001-00000321', 'TIQUE-FACTURA A N° 0002-00000045']) {
    const e = gatherEvidence(roll(['KIOSCO EL SOL', 'CUIT 20-23456789-4', title, 'ALFAJOR x3    600,00', 'TOTAL    600,00']));
    t.notOk(e.invoiceTitle, title);
    t.ok(e.taxInvoiceTitle, `${title}: a till's own title`);
  }
  t.ok(gatherEvidence(roll(['TECNOLOGIA DEL SUR S.A.', 'FACTURA A', 'Notebook  850.000,00', 'TOTAL  850.000,00'])).invoiceTitle);
});

const INVOICES: Record<string, string[]> = {
  'an Argentine "FACTURA A" to a company': [
    'TECNOLOGIA DEL SUR S.A.                                        FACTURA A', 'Av. Libertador 5000, CABA                  Punto de Venta: 0002  Comp. Nro: 00001234',
    'CUIT: 30-70987654-3                                   Fecha de Emision: 10/03/2026', 'IVA RESPONSABLE INSCRIPTO',
    'Cliente: CONSTRUCTORA NORTE S.R.L.                              CUIT: 30-71111222-3', 'Domicilio: Calle San Martin 450, Rosario',
    'Condicion frente al IVA: IVA Responsable Inscripto     Condicion de venta: Cuenta Corriente',
    'Codigo  Producto                  Cant    Precio Unit.        Subtotal', '001     Notebook 15 pulgadas        2      850.000,00    1.700.000,00',
    '002     Mouse inalambrico           2       15.000,00       30.000,00', '                                  Importe Neto Gravado: $ 1.730.000,00',
    '                                                IVA 21%: $ 363.300,00', '                                      Importe Total: $ 2.093.300,00',
    'Fecha de Vto. para el pago: 09/04/2026', 'CAE N°: 76123456789012             Fecha de Vto. de CAE: 20/03/2026',
  ],
  'a Chilean "FACTURA ELECTRONICA" to a company': [
    'SERVICIOS ANDINOS LTDA                              R.U.T.: 77.654.321-K', 'Av. Apoquindo 3000, Las Condes                 FACTURA ELECTRONICA',
    'Giro: Asesorias informaticas                                    N° 4521', 'Fecha Emision: 12 de marzo de 2026',
    'Senor(es): MINERA DEL NORTE S.A.                   R.U.T.: 96.543.210-3', 'Direccion: Calle Prat 820, Antofagasta        Giro: Mineria',
    'Condicion de venta: Credito 30 dias              Vencimiento: 11/04/2026', 'Codigo   Descripcion                 Cantidad   Precio      Valor',
    'SRV-01   Soporte mensual                   1   850.000     850.000', 'SRV-02   Licencias                        10    45.000     450.000',
    '                                                 MONTO NETO $ 1.300.000', '                                                 IVA 19%    $   247.000',
    '                                                 TOTAL      $ 1.547.000', 'Timbre Electronico SII  Res. 80 de 2014',
  ],
  'a Portuguese "Fatura" to a company': [
    'Consultoria Atlantico Lda                                         FATURA FT 2026/118', 'Rua do Ouro 55, 1100-060 Lisboa                    Data de emissao: 2026-03-12',
    'NIF 509876543                                            Vencimento: 2026-04-11', 'Exmos. Srs. Oceano Azul SA', 'Rua Augusta 10, 1100-053 Lisboa', 'NIF do cliente: 501234567',
    'Descricao                           Qtd      Preco unit.        Valor', 'Auditoria de processos                1        2.400,00     2.400,00',
    '                                                Total iliquido   2.400,00', '                                                IVA 23%            552,00',
    '                                                Total            2.952,00 EUR', 'IBAN PT50 0035 0651 4897 3712 9278 7',
  ],
  'an Italian "FATTURA" to a company': [
    'Studio Tecnico Bianchi Srl                                         FATTURA N. 45/2026', 'Via Garibaldi 12, 10122 Torino                           Data: 12/03/2026',
    'P.IVA 01234560011', 'Spett.le Costruzioni Verdi SpA', 'Corso Francia 200, 10143 Torino', 'P.IVA 09876540012',
    'Descrizione                              Q.ta     Prezzo      Importo', 'Progettazione impianto                     1   3.000,00     3.000,00',
    '                                            Imponibile          3.000,00', '                                            IVA 22%               660,00',
    '                                            Totale fattura      3.660,00', 'Pagamento: bonifico bancario a 30 giorni  Scadenza: 11/04/2026', 'IBAN IT60 X054 2811 1010 0000 0123 456',
  ],
};

t.test('real invoices of the same countries stay invoices, as A4 text PDFs and as A4 scans', async (t) => {
  for (const [name, lines] of Object.entries(INVOICES)) {
    for (const [layout, read] of [['an A4 text PDF', (l: string[]) => a4(l, 'pdf', 0.85)], ['an A4 scan', (l: string[]) => a4(l, 'image', 0.85)]] as const) {
      const c = classifyOffline(read(lines));
      t.equal(c.type, 'invoice', `${name}, ${layout}: ${c.reason}`);
    }
  }
});
