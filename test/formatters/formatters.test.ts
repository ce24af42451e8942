import { describe, expect, it } from 'vitest';
import { formatters, plainStyle, type Style } from '../../src/diagnostics/formatters/index.js';
import { escapeData, escapeProperty } from '../../src/diagnostics/formatters/github.js';
import { xmlAttr, xmlEscape } from '../../src/diagnostics/formatters/junit.js';
import { toArtifactUri } from '../../src/diagnostics/formatters/sarif.js';
import { expectGolden } from '../cli/helpers.js';
import { sampleOptions, sampleTargets } from './sample.js';

const EXT: Record<string, string> = { stylish: 'txt', json: 'json', sarif: 'sarif', github: 'txt', junit: 'xml' };

describe('formatters: golden output on a fixed diagnostic list', () => {
  it('offers exactly the --format names', () => {
    expect(Object.keys(formatters).sort()).toEqual(['github', 'json', 'junit', 'sarif', 'stylish']);
  });
  for (const name of Object.keys(EXT)) {
    it(`${name} matches test/golden/cli/formatters/${name}.${EXT[name]}`, () => {
      expectGolden(`formatters/${name}.${EXT[name]}`, formatters[name]!(sampleTargets, sampleOptions));
    });
    it(`${name} is pure and deterministic`, () => {
      const copy = structuredClone(sampleTargets);
      const a = formatters[name]!(sampleTargets, sampleOptions);
      const b = formatters[name]!(sampleTargets, sampleOptions);
      expect(a).toBe(b);
      expect(sampleTargets).toEqual(copy);
      expect(a.endsWith('\n')).toBe(true);
    });
  }
});

describe('sarif', () => {
  const log = JSON.parse(formatters['sarif']!(sampleTargets, sampleOptions));
  const run = log.runs[0];

  it('has the SARIF 2.1.0 top-level shape', () => {
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'spectro-pack', version: '0.1.0', informationUri: 'https://example.invalid/spectro-pack' });
  });

  it('lists the catalog as rules and indexes every result into it', () => {
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual([...ids].sort());
    for (const id of Object.keys(sampleOptions.rules!)) expect(ids).toContain(id);
    // a code missing from the catalog still gets a rule, so ruleIndex is always valid
    expect(ids).toContain('metallb/odd-message');
    for (const r of run.tool.driver.rules) expect(typeof r.shortDescription.text).toBe('string');
    expect(run.results).toHaveLength(5);
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(typeof res.message.text).toBe('string');
    }
  });

  it('maps severities to levels and positions to regions', () => {
    const byId = Object.fromEntries(run.results.map((r: { ruleId: string }) => [r.ruleId, r]));
    expect(byId['macro/deferred'].level).toBe('note');
    expect(byId['yaml/indent'].level).toBe('warning');
    const overlap = byId['metallb/pool-overlap'];
    expect(overlap.level).toBe('error');
    expect(overlap.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'packs/lb-metallb-helm-0.15.3/values.yaml' },
      region: { startLine: 12, startColumn: 13, endLine: 12, endColumn: 24 },
    });
    expect(overlap.relatedLocations[0]).toMatchObject({
      message: { text: 'first defined here' },
      physicalLocation: { region: { startLine: 8, startColumn: 13 } },
    });
    // no range: no region, still a location
    expect(byId['pack/missing-file'].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'packs/lb-metallb-helm-0.15.3/pack.json' } });
  });

  it('writes artifact URIs relative with forward slashes, percent-encoded', () => {
    expect(toArtifactUri('packs\\a\\values.yaml')).toBe('packs/a/values.yaml');
    expect(toArtifactUri('./values.yaml')).toBe('values.yaml');
    expect(toArtifactUri('odd dir/cr,s:100%.yaml')).toBe('odd%20dir/cr%2Cs%3A100%25.yaml');
    expect(toArtifactUri('/tmp/x y.yaml')).toBe('file:///tmp/x%20y.yaml');
    expect(toArtifactUri('C:\\work\\v.yaml')).toBe('file:///C:/work/v.yaml');
  });

  it('is valid for an empty run', () => {
    const empty = JSON.parse(formatters['sarif']!([{ target: '.', diagnostics: [] }], { ...sampleOptions, rules: undefined }));
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules).toEqual([]);
  });
});

describe('github', () => {
  const text = formatters['github']!(sampleTargets, sampleOptions);
  const lines = text.trimEnd().split('\n');

  it('prints one workflow command per diagnostic', () => {
    expect(lines).toHaveLength(5);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^:]*(,line=\d+,col=\d+,endLine=\d+(,endColumn=\d+)?)?,title=[^:,]+::/);
  });

  it('maps severities to commands', () => {
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(2);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(2);
    expect(lines.filter((l) => l.startsWith('::notice ')).length).toBe(1);
  });

  it('gives file, line, col, endLine, endColumn and the code as title', () => {
    expect(lines).toContain(
      '::error file=packs/lb-metallb-helm-0.15.3/values.yaml,line=12,col=13,endLine=12,endColumn=24,title=metallb/pool-overlap::' +
        '`10.0.0.0/25` overlaps `10.0.0.0/24` of pool "lan"; give each pool its own range%0A↳ packs/lb-metallb-helm-0.15.3/values.yaml:8:13: first defined here',
    );
    // a span over several lines: no endColumn (GitHub ignores columns across lines)
    expect(lines.find((l) => l.includes('title=yaml/indent'))).toMatch(/line=20,col=4,endLine=21,title=/);
    // no range: file only
    expect(lines.find((l) => l.includes('pack/missing-file'))).toMatch(/^::error file=packs\/lb-metallb-helm-0\.15\.3\/pack\.json,title=pack\/missing-file::/);
  });

  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% a\r\nb:c,d')).toBe('100%25 a%0D%0Ab:c,d');
    expect(escapeProperty('100% a\r\nb:c,d')).toBe('100%25 a%0D%0Ab%3Ac%2Cd');
    const odd = lines.find((l) => l.includes('odd-message'))!;
    expect(odd).toContain('file=odd dir/cr%2Cs%3A100%25.yaml,');
    expect(odd).toContain('::a message with <xml> & "quotes" \'apos\', 100%25 odd,%0Aand a second line%0D%0Aand a NUL');
  });

  it('prints nothing for no findings', () => {
    expect(formatters['github']!([{ target: '.', diagnostics: [] }], sampleOptions)).toBe('');
  });
});

describe('junit', () => {
  const xml = formatters['junit']!(sampleTargets, sampleOptions);

  it('is XML-ish: declaration, balanced tags, escaped text', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const stack: string[] = [];
    const body = xml.replace(/^<\?xml[^>]*\?>/, '');
    for (const m of body.matchAll(/<(\/?)([A-Za-z-]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*(\/?)>/g)) {
      const [, close, name, , selfClose] = m;
      if (selfClose) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
    // outside tags there is no raw < > or unescaped &
    const text = body.replace(/<[^>]*>/g, '');
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('has one testsuite per target and one testcase per file, failures for errors and warnings', () => {
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml).toContain('<testsuites name="spectro-pack" tests="4" failures="3" errors="0">');
    expect(xml).toContain('<testsuite name="packs/lb-metallb-helm-0.15.3" tests="2" failures="2" errors="0" skipped="0">');
    expect(xml.match(/<failure /g)).toHaveLength(4);
    // info goes to system-out, not to a failure
    expect(xml).toMatch(/<system-out>[^<]*macro\/deferred/);
    expect(xml).toContain('<testcase classname="clean.yaml" name="clean.yaml"/>');
  });

  it('has no timestamps or durations', () => {
    expect(xml).not.toMatch(/timestamp=|time=|hostname=/);
  });

  it('escapes XML', () => {
    expect(xmlEscape(`<a b="c" d='e'>&\u0001`)).toBe('&lt;a b=&quot;c&quot; d=&apos;e&apos;&gt;&amp;\uFFFD');
    expect(xmlAttr('a\nb\tc')).toBe('a&#10;b&#9;c');
    expect(xml).toContain('100% odd,&#10;and a second line&#13;&#10;and a NUL\uFFFD char');
  });
});

describe('stylish', () => {
  it('colours through the style it is given and never on its own', () => {
    const tag = (n: string) => (s: string) => `<${n}>${s}</${n}>`;
    const style: Style = { bold: tag('b'), dim: tag('d'), red: tag('r'), yellow: tag('y'), blue: tag('bl'), green: tag('g'), underline: tag('u') };
    const coloured = formatters['stylish']!(sampleTargets, { ...sampleOptions, style });
    expect(coloured).toContain('<r>error  </r>');
    expect(coloured).toContain('<u>packs/lb-metallb-helm-0.15.3/values.yaml</u>');
    const plain = formatters['stylish']!(sampleTargets, { ...sampleOptions, style: plainStyle });
    expect(plain).not.toMatch(/\u001b\[/);
  });

  it('keeps each finding on one line and escapes control characters from the input', () => {
    const plain = formatters['stylish']!(sampleTargets, sampleOptions);
    const odd = plain.split('\n').filter((l) => l.includes('odd-message'));
    expect(odd).toHaveLength(1);
    expect(odd[0]).toContain('100% odd, and a second line and a NUL\\x00 char');
    expect(plain).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
  });

  it('sorts by file and position within a target', () => {
    const plain = formatters['stylish']!(sampleTargets, sampleOptions);
    expect(plain.indexOf('pack.json')).toBeLessThan(plain.indexOf('values.yaml:12:13'));
  });

  it('says so when there is nothing to report', () => {
    expect(formatters['stylish']!([{ target: 'a.yaml', diagnostics: [] }], sampleOptions)).toBe('✔ a.yaml: no problems\n');
  });
});

describe('json', () => {
  it('round-trips the diagnostics with summaries', () => {
    const out = JSON.parse(formatters['json']!(sampleTargets, sampleOptions));
    expect(out.summary).toEqual({ error: 2, warning: 2, info: 1 });
    expect(out.results.map((r: { target: string }) => r.target)).toEqual(sampleTargets.map((t) => t.target));
    expect(out.results[0].diagnostics).toEqual(sampleTargets[0]!.diagnostics);
  });
});
