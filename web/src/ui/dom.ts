/**
 * The only way the dashboard builds DOM. Every string becomes a text node; attributes are a
 * fixed allow-list (no `on*`, no `href`/`src`, no `style` from data), and links go through
 * `link()`, which accepts only app routes and http(s) URLs. There is no innerHTML anywhere.
 */
import { showBidiControls } from './bidi.js';
import { safeHref } from './safe-url.js';

export type Child = Node | string | number | null | undefined | false;
type Children = (Child | Child[])[];

const ALLOWED =
  /^(class|id|title|role|tabindex|type|name|value|placeholder|for|scope|colspan|rowspan|min|max|step|start|lang|hidden|open|disabled|checked|selected|aria-[a-z]+|data-[a-z-]+)$/;

export type Attrs = Record<string, string | number | boolean | null | undefined>;

export interface Events {
  click?: (e: MouseEvent) => void;
  change?: (e: Event) => void;
  input?: (e: Event) => void;
  keydown?: (e: KeyboardEvent) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Children
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (!ALLOWED.test(name)) throw new Error(`attribute ${name} is not allowed here`);
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Children): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(showBidiControls(String(child)))
        : child,
    );
  }
}

/** A link to an app route (`#/…`) or an http(s) URL; anything else renders as plain text. */
export function link(href: string | null, ...children: Children): HTMLElement {
  const safe = href === null ? null : safeHref(href);
  if (safe === null) return h('span', null, ...children);
  const a = h('a', null, ...children);
  a.href = safe;
  if (!safe.startsWith('#')) {
    a.rel = 'noopener noreferrer external';
    a.target = '_blank';
  }
  return a;
}

/** A labelled `<select>`; `options` are [value, label] pairs (both shown as text). */
export function select(
  label: string,
  name: string,
  options: [string, string][],
  value: string,
  onChange: (value: string) => void,
): HTMLElement {
  const sel = h(
    'select',
    { name, id: `f-${name}` },
    ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
  );
  sel.value = value;
  sel.addEventListener('change', () => onChange(sel.value));
  return h('label', { class: 'field', for: `f-${name}` }, h('span', null, label), sel);
}
