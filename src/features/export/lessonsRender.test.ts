import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { Catalog, seedScenario } from '../../core';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { renderScenario } from '../../render';
import { LESSONS, lessonScenario } from '../lessons';

// Issue 11, "Export": `render` on the seed and on every lesson produces well-formed SVG and Markdown.
const catalog = new Catalog(createNodeSource());
const cases = [
  { id: 'seed', scenario: () => seedScenario() },
  ...LESSONS.flatMap((lesson) =>
    (['en', 'ja'] as const).map((lang) => ({
      id: `${lesson.id} (${lang})`,
      scenario: () => lessonScenario(lesson, lang),
      lang,
    })),
  ),
];

describe('render on the seed and every lesson', () => {
  it.each(cases)(
    '$id: well-formed SVG and Markdown naming every drawn action',
    async (c) => {
      const scenario = c.scenario();
      const lang = 'lang' in c ? c.lang : 'en';
      const svg = await renderScenario(scenario, catalog, { format: 'svg', lang, theme: 'dark' });
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).not.toMatch(/<script|\son[a-z]+=|href=/i);
      const md = await renderScenario(scenario, catalog, { format: 'md', lang, theme: 'light' });
      expect(md.startsWith('# ')).toBe(true);
      expect(md.split('\n').filter((l) => l.startsWith('## '))).toHaveLength(3);
      // Every action card the picture draws is a row of the summary's tables.
      const drawn = [...svg.matchAll(/data-action="([^"]+)"/g)].map((m) => m[1] ?? '');
      for (const action of drawn) expect(md).toContain(`| \`${action}\` |`);
    },
    30_000,
  );
});
