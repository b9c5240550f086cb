/**
 * @module test/engine/read/image-cut-off
 * A JPEG or PNG file that ends before its end marker was cut off in transfer; a whole file,
 * padded or not, was not.
 */
import t from 'tap';
import { createCanvas } from '@napi-rs/canvas';
import { imageCutOff } from '../../../engine/read/image-cut-off.ts';

function picture(): { jpeg: Buffer; png: Buffer } {
  const c = createCanvas(400, 300);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 400, 300);
  g.fillStyle = '#000';
  g.font = '24px sans-serif';
  g.fillText('TOTAL 12.50', 40, 150);
  return { jpeg: c.toBuffer('image/jpeg'), png: c.toBuffer('image/png') };
}

t.test('a whole JPEG or PNG is not cut off, nor one padded after its end marker', async (t) => {
  const { jpeg, png } = picture();
  t.equal(imageCutOff(jpeg, 'image/jpeg'), false);
  t.equal(imageCutOff(png, 'image/png'), false);
  t.equal(imageCutOff(Buffer.concat([jpeg, Buffer.alloc(64)]), 'image/jpeg'), false, 'zero padding after EOI');
  t.equal(imageCutOff(Buffer.concat([jpeg, Buffer.from('\r\n')]), 'image/jpeg'), false, 'a line end after EOI');
});

t.test('a JPEG or PNG that ends early is cut off', async (t) => {
  const { jpeg, png } = picture();
  for (const share of [0.3, 0.6, 0.95]) {
    t.equal(imageCutOff(jpeg.subarray(0, Math.floor(jpeg.length * share)), 'image/jpeg'), true, `JPEG cut at ${share * 100} %`);
    t.equal(imageCutOff(png.subarray(0, Math.floor(png.length * share)), 'image/png'), true, `PNG cut at ${share * 100} %`);
  }
  t.equal(imageCutOff(jpeg.subarray(0, jpeg.length - 1), 'image/jpeg'), true, 'the last byte of EOI lost');
});

t.test('formats with no end marker are never called cut off', async (t) => {
  t.equal(imageCutOff(Buffer.from('II*\0abc', 'latin1'), 'image/tiff'), false);
  t.equal(imageCutOff(Buffer.from('RIFF....WEBP', 'latin1'), 'image/webp'), false);
});
