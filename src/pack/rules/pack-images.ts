import type { Finding } from '../../diagnostics/finding.js';
import { isPlainObject } from '../../values/layers.js';
import { packJsonObject, report, type PackCheckInput } from './input.js';

/** Add-on packs list every image they deploy in `pack.content.images` (Palette mirrors them for air-gap). */
export function checkPackImages({ pack, values }: PackCheckInput): Finding[] {
  const pj = packJsonObject(pack);
  if (!pj || pj['layer'] !== 'addon') return [];
  const v = values.value;
  const packSection = isPlainObject(v) ? v['pack'] : undefined;
  const content = isPlainObject(packSection) ? packSection['content'] : undefined;
  const images = isPlainObject(content) ? content['images'] : undefined;
  const out: Finding[] = [];
  if (!Array.isArray(images) || images.length === 0) {
    out.push(report('pack/no-images', 'pack.content.images is empty; an add-on pack lists every image it deploys, e.g. `- image: quay.io/metallb/controller:v0.13.7`', values.locate(['pack', 'content', 'images'])));
    return out;
  }
  images.forEach((entry, i) => {
    const image = isPlainObject(entry) ? entry['image'] : undefined;
    if (typeof image !== 'string' || image.trim() === '') {
      out.push(report('pack/no-images', `pack.content.images[${i}] has no image; write \`- image: registry/repository:tag\``, values.locate(['pack', 'content', 'images', i])));
    }
  });
  return out;
}
