/** @jsxImportSource . */
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { render } from './jsx-runtime';

// The widget's renderer: it must patch in place (the focused button and the live region stay
// the same nodes), drop what a new render no longer sets, and call the newest handlers.

const { document, Event } = parseHTML('<!doctype html><html><body></body></html>');
const saved = globalThis.document;
globalThis.document = document as unknown as Document;
afterAll(() => {
  globalThis.document = saved;
});

function Item({ label }: { label: string }) {
  return <li>{label}</li>;
}

function Pair() {
  return (
    <>
      <li>two</li>
      <li>three</li>
    </>
  );
}

describe('widget renderer', () => {
  it('keeps the nodes it can reuse and updates text and attributes', () => {
    const root = document.createElement('div') as unknown as Element;
    render(
      <button type="button" aria-disabled="true" title="a">
        Insert
      </button>,
      root,
    );
    const button = root.firstChild;
    render(
      <button type="button" title="b">
        Inserting…
      </button>,
      root,
    );
    expect(root.firstChild).toBe(button);
    const el = root.firstElementChild;
    expect(el?.getAttribute('title')).toBe('b');
    expect(el?.hasAttribute('aria-disabled')).toBe(false);
    expect(el?.textContent).toBe('Inserting…');
  });

  it('calls the handler of the latest render, once per event', () => {
    const root = document.createElement('div') as unknown as Element;
    const first = vi.fn();
    const second = vi.fn();
    render(<button type="button" onClick={first} />, root);
    render(<button type="button" onClick={second} />, root);
    root.firstChild?.dispatchEvent(new Event('click'));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('a handler left out of the next render no longer runs', () => {
    const root = document.createElement('div') as unknown as Element;
    const first = vi.fn();
    render(<button type="button" onClick={first} />, root);
    render(<button type="button" />, root);
    root.firstChild?.dispatchEvent(new Event('click'));
    expect(first).not.toHaveBeenCalled();
  });

  it('flattens components, fragments, arrays and skips null/false', () => {
    const root = document.createElement('div') as unknown as Element;
    render(
      <ul>
        <Item label="one" />
        <Pair />
        {['four', 'five'].map((label) => (
          <Item key={label} label={label} />
        ))}
        {null}
        {false}
        {6}
      </ul>,
      root,
    );
    expect(root.innerHTML).toBe('<ul><li>one</li><li>two</li><li>three</li><li>four</li><li>five</li>6</ul>');
  });

  it('replaces a node of another type and removes extra children', () => {
    const root = document.createElement('div') as unknown as Element;
    render(
      <div>
        <span>a</span>
        <b>b</b>c
      </div>,
      root,
    );
    render(
      <div>
        <b>a</b>
      </div>,
      root,
    );
    expect(root.innerHTML).toBe('<div><b>a</b></div>');
    render(null, root);
    expect(root.childNodes.length).toBe(0);
  });

  it('creates SVG in the SVG namespace and sets style objects', () => {
    const root = document.createElement('div') as unknown as Element;
    render(
      <div>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M0 0" />
        </svg>
        <span style={{ width: '40%' }} />
      </div>,
      root,
    );
    const path = root.querySelector('path');
    expect(path?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('span')?.getAttribute('style')).toMatch(/width: ?40%/);
  });
});
