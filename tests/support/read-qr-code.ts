import jsQR from 'jsqr';
import sharp from 'sharp';

/**
 * The text of the QR code in a picture (PNG, SVG, anything sharp reads), read by jsQR, a scanner that
 * shares no code with the encoder; undefined when it finds none. Small pictures are scaled up
 * without smoothing first, as a phone's camera sees a code on a screen.
 */
export async function readQrCode(picture: Buffer, width = 400): Promise<string | undefined> {
  const { data, info } = await sharp(picture, { density: 300 })
    .flatten({ background: '#ffffff' })
    .resize({ width, kernel: 'nearest' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}
