import { describe, expect, it } from 'vitest';
import { isoDate } from '@mttq/core';
import { unitOrganizationChart, unitSubtreeChart } from '../src/lib/org-chart.graph.js';
import { chartToMermaid } from '../src/lib/org-chart.mermaid.js';
import { chartToSvg } from '../src/lib/org-chart.svg.js';
import { exampleStore } from './fixtures.js';

describe('org chart pictures', () => {
  it('draws Chiêm Hóa’s organizations, posts and holders as SVG laid out by dagre, and as Mermaid', async () => {
    const { db, ids } = await exampleStore();
    const chart = await unitOrganizationChart(db, ids.units.chiemHoaDistrict, isoDate('2023-06-01'));
    expect(chart.nodes.some((n) => n.kind === 'post' && n.lines.includes('Triệu Đức Long'))).toBe(true);
    const svg = chartToSvg(chart);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<rect /g)).toHaveLength(chart.nodes.length + 1);
    expect(svg.match(/<polyline /g)).toHaveLength(chart.edges.length);
    expect(svg).not.toContain('NaN');
    expect(svg).toContain('Ban Dân vận Huyện ủy Chiêm Hóa');
    const mermaid = chartToMermaid(chart);
    expect(mermaid.split('\n')[0]).toBe('flowchart TD');
    expect(mermaid.match(/-->/g)).toHaveLength(chart.edges.length);
  });

  it('draws a subtree of units', async () => {
    const { db, ids } = await exampleStore();
    const chart = await unitSubtreeChart(db, ids.units.tuyenQuangFrom2025, isoDate('2026-01-01'), 2);
    expect(chart.nodes).toHaveLength(1 + 10 + 3);
    expect(chartToSvg(chart)).toContain('Xã Chiêm Hóa');
  });
});
