import dagre from '@dagrejs/dagre';
import type { Chart, ChartNode } from './org-chart.graph.js';

const LINE_HEIGHT = 16;
const CHAR_WIDTH = 7.2;
const PADDING = 10;
const FILL: Record<ChartNode['kind'], string> = { unit: '#fde8e8', organization: '#e8f0fe', post: '#f3f3f3' };

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Draws a chart as SVG. The positions come from dagre's layered layout (the well-kept port of Graphviz's
 * `dot` ranking for JavaScript); this code only sizes the boxes and writes them out.
 */
export function chartToSvg(chart: Chart, options: { readonly direction?: 'TB' | 'LR' } = {}): string {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: options.direction ?? 'TB', nodesep: 16, ranksep: 40, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of chart.nodes) {
    const width = Math.max(...node.lines.map((l) => l.length)) * CHAR_WIDTH + 2 * PADDING;
    graph.setNode(node.id, { width, height: node.lines.length * LINE_HEIGHT + 2 * PADDING });
  }
  for (const edge of chart.edges) graph.setEdge(edge.from, edge.to);
  dagre.layout(graph);

  const { width = 0, height = 0 } = graph.graph();
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height) + 24}" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-size="12">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  for (const e of graph.edges()) {
    const points = graph.edge(e).points ?? [];
    parts.push(
      `<polyline fill="none" stroke="#888" points="${points.map((p: { x: number; y: number }) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}"/>`,
    );
  }
  for (const node of chart.nodes) {
    const box = graph.node(node.id);
    const x = box.x - box.width / 2;
    const y = box.y - box.height / 2;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${box.width.toFixed(1)}" height="${box.height.toFixed(1)}" rx="4" fill="${FILL[node.kind]}" stroke="#666"/>`,
    );
    node.lines.forEach((line, i) => {
      const weight = i === 0 ? ' font-weight="bold"' : '';
      parts.push(
        `<text x="${box.x.toFixed(1)}" y="${(y + PADDING + (i + 0.8) * LINE_HEIGHT).toFixed(1)}" text-anchor="middle"${weight}>${escapeXml(line)}</text>`,
      );
    });
  }
  parts.push('</svg>');
  return parts.join('\n');
}
