import { describe, expect, it } from 'vitest';
import { html, page } from './html.js';

describe('html', () => {
  it('escapes interpolated values but not nested templates', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${['a&', 1]}</p>`.text).toBe('<p title="&quot;x&quot;"><b>&lt;i&gt;</b>a&amp;1</p>');
  });

  it('renders a page with the title escaped', () => {
    expect(page('<Login>', html`<p>hi</p>`)).toContain('<title>&lt;Login&gt; - Almond</title>');
  });
});
