import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';
import { docs, obj } from './docs.js';

const run = (text: string) => brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/community-unknown-alias');
const aliases = obj('Community', 'c', '  communities:', '    - {name: no-advertise, value: "65535:65282"}');

describe('metallb/community-unknown-alias', () => {
  it.each([
    { name: 'defined aliases and literal values pass', text: docs(aliases, obj('BGPAdvertisement', 'b', '  communities: [no-advertise, "65000:1", "large:1:2:3"]')), expected: [] },
    { name: 'an undefined alias', text: docs(aliases, obj('BGPAdvertisement', 'b', '  communities: [no-advertize]')), expected: ['metallb/community-unknown-alias@14:17'] },
    { name: 'three parts is no value: taken as an alias', text: docs(obj('BGPAdvertisement', 'b', '  communities: ["1:2:3"]')), expected: ['metallb/community-unknown-alias@6:17'] },
    { name: 'a macro is not judged', text: docs(obj('BGPAdvertisement', 'b', '  communities: ["{{ .spectro.var.c }}"]')), expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(run(text)).toEqual(expected);
  });

  it('hints at large: and at near misses', () => {
    const d1 = diagnose(docs(obj('BGPAdvertisement', 'b', '  communities: ["1:2:3"]')), { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/community-unknown-alias');
    expect(d1?.message).toContain('`large:1:2:3`');
    const d2 = diagnose(docs(aliases, obj('BGPAdvertisement', 'b', '  communities: [no-advertize]')), { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/community-unknown-alias');
    expect(d2?.message).toContain('did you mean "no-advertise"?');
  });

  it('maps helm values positions', () => {
    const text = yaml('charts:', '  metallb-full:', '    configuration:', '      bgpadvertisements:', '        adv:', '          spec:', '            communities:', '              - nope');
    expect(run(text)).toEqual(['metallb/community-unknown-alias@8:17']);
  });
});
