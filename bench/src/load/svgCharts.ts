// Two small hand-written SVG charts for the load report: horizontal bars (throughput) and lines (RSS over time).
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const colours = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2'];

export function barChart(title: string, unit: string, bars: { label: string; value: number }[]): string {
  const width = 640;
  const left = 170;
  const rowHeight = 28;
  const height = 50 + bars.length * rowHeight;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const rows = bars.map((bar, index) => {
    const y = 36 + index * rowHeight;
    const length = ((width - left - 90) * bar.value) / max;
    return [
      `<text x="${left - 8}" y="${y + 15}" text-anchor="end">${escape(bar.label)}</text>`,
      `<rect x="${left}" y="${y}" width="${length.toFixed(1)}" height="20" fill="${colours[index % colours.length]}"/>`,
      `<text x="${(left + length + 6).toFixed(1)}" y="${y + 15}">${Math.round(bar.value).toLocaleString('en-US')} ${escape(unit)}</text>`,
    ].join('');
  });
  return svg(width, height, `<text x="${width / 2}" y="20" text-anchor="middle" font-weight="bold">${escape(title)}</text>${rows.join('')}`);
}

export function lineChart(title: string, xLabel: string, yLabel: string, series: { label: string; points: [number, number][] }[]): string {
  const width = 640;
  const height = 320;
  const box = { left: 60, right: width - 150, top: 35, bottom: height - 45 };
  const all = series.flatMap((line) => line.points);
  const maxX = Math.max(1, ...all.map(([x]) => x));
  const maxY = Math.max(1, ...all.map(([, y]) => y)) * 1.1;
  const sx = (x: number) => box.left + ((box.right - box.left) * x) / maxX;
  const sy = (y: number) => box.bottom - ((box.bottom - box.top) * y) / maxY;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => {
    const value = maxY * share;
    return `<line x1="${box.left}" x2="${box.right}" y1="${sy(value).toFixed(1)}" y2="${sy(value).toFixed(1)}" stroke="#ddd"/><text x="${box.left - 6}" y="${(sy(value) + 4).toFixed(1)}" text-anchor="end">${Math.round(value)}</text>`;
  });
  const lines = series.map((line, index) => {
    const colour = colours[index % colours.length];
    const path = line.points.map(([x, y], point) => `${point === 0 ? 'M' : 'L'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ');
    return `<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/><text x="${box.right + 10}" y="${box.top + 16 + index * 18}" fill="${colour}">${escape(line.label)}</text>`;
  });
  return svg(
    width,
    height,
    [
      `<text x="${width / 2}" y="20" text-anchor="middle" font-weight="bold">${escape(title)}</text>`,
      ...ticks,
      `<line x1="${box.left}" x2="${box.right}" y1="${box.bottom}" y2="${box.bottom}" stroke="#333"/>`,
      `<text x="${(box.left + box.right) / 2}" y="${height - 10}" text-anchor="middle">${escape(xLabel)} (0–${Math.round(maxX)})</text>`,
      `<text x="14" y="${(box.top + box.bottom) / 2}" transform="rotate(-90 14 ${(box.top + box.bottom) / 2})" text-anchor="middle">${escape(yLabel)}</text>`,
      ...lines,
    ].join(''),
  );
}

function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12"><rect width="100%" height="100%" fill="white"/>${body}</svg>\n`;
}
