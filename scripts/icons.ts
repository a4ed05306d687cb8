/**
 * Rasterizes the icon sources in assets/src/ into the two PNGs a Teams app package needs:
 * assets/color.png (192×192) and assets/outline.png (32×32, white on transparent).
 * Run with `npm run icons` after changing an SVG, and commit the PNGs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';

const ASSETS = path.join(__dirname, '..', 'assets');

function rasterize(name: string, size: number): Buffer {
  const svg = readFileSync(path.join(ASSETS, 'src', `${name}.svg`));
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  if (rendered.width !== size || rendered.height !== size) {
    throw new Error(`${name}.svg rendered as ${rendered.width}×${rendered.height}, expected ${size}×${size}`);
  }
  return rendered.asPng();
}

// Anti-aliased edges come out of the rasterizer with slightly off-white colour values; the outline must be
// pure white with only the alpha channel varying, so set every pixel's colour to white.
function whiteOnly(png: Buffer): Buffer {
  const image = PNG.sync.read(png);
  for (let i = 0; i < image.data.length; i += 4) {
    image.data[i] = 255;
    image.data[i + 1] = 255;
    image.data[i + 2] = 255;
  }
  return PNG.sync.write(image, { colorType: 6 });
}

writeFileSync(path.join(ASSETS, 'color.png'), rasterize('color', 192));
writeFileSync(path.join(ASSETS, 'outline.png'), whiteOnly(rasterize('outline', 32)));
console.log('assets/color.png (192×192) and assets/outline.png (32×32) written.');
