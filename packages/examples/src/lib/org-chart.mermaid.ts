import type { Chart } from './org-chart.graph.js';

const escapeLabel = (text: string) => text.replace(/"/g, '#quot;');

/** The chart as a Mermaid flowchart, for Markdown pages that render Mermaid. */
export function chartToMermaid(chart: Chart): string {
  const ids = new Map(chart.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart TD', `  %% ${chart.title}`];
  for (const node of chart.nodes) {
    const label = node.lines.map(escapeLabel).join('<br/>');
    const shape = node.kind === 'unit' ? [`(["`, `"])`] : node.kind === 'organization' ? [`["`, `"]`] : [`("`, `")`];
    lines.push(`  ${ids.get(node.id)}${shape[0]}${label}${shape[1]}`);
  }
  for (const edge of chart.edges) lines.push(`  ${ids.get(edge.from)} --> ${ids.get(edge.to)}`);
  return lines.join('\n');
}
