// A hand-written SVG bar chart: one panel per metric, our bar highlighted beside the published ones.

export interface ChartPanel {
  readonly title: string;
  /** Values in [0, 1]. */
  readonly bars: readonly { readonly label: string; readonly value: number; readonly ours?: boolean }[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const PANEL_WIDTH = 420;
const LABEL_WIDTH = 200;
const BAR_HEIGHT = 18;
const GAP = 6;

export function barChartSvg(title: string, panels: readonly ChartPanel[]): string {
  const parts: string[] = [];
  let y = 40;
  for (const panel of panels) {
    parts.push(`<text x="10" y="${y}" font-weight="bold" font-size="14">${escapeXml(panel.title)}</text>`);
    y += 10;
    for (const bar of panel.bars) {
      const width = Math.max(0, Math.min(1, bar.value)) * (PANEL_WIDTH - LABEL_WIDTH - 50);
      const fill = bar.ours === true ? '#d9480f' : '#4c6ef5';
      parts.push(
        `<text x="${LABEL_WIDTH - 6}" y="${y + BAR_HEIGHT - 5}" text-anchor="end" font-size="12"${bar.ours === true ? ' font-weight="bold"' : ''}>${escapeXml(bar.label)}</text>`,
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" fill="${fill}"/>`,
        `<text x="${(LABEL_WIDTH + width + 4).toFixed(1)}" y="${y + BAR_HEIGHT - 5}" font-size="11">${bar.value.toFixed(3)}</text>`,
      );
      y += BAR_HEIGHT + GAP;
    }
    y += 26;
  }
  const height = y;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PANEL_WIDTH + 40}" height="${height}" viewBox="0 0 ${PANEL_WIDTH + 40} ${height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="20" font-size="16" font-weight="bold">${escapeXml(title)}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
