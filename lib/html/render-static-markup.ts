import { escapeHtml } from './escape-html.ts';

/**
 * Server-only JSX rendered straight to an HTML string: host elements and plain function
 * components, nothing interactive. A page hands the string to one element's
 * dangerouslySetInnerHTML, so the markup crosses Next's page payload as one string instead of
 * hundreds of elements that are serialised, read back and rendered again (see StaticMarkup).
 * What needs React itself is refused with an error rather than rendered wrong: client
 * components, context providers, async components, event handlers, form controls and SVG.
 * Components rendered this way must not call hooks (inside a page render React's server
 * dispatcher would answer them, but nothing here would keep their state).
 */

const ELEMENT = Symbol.for('react.transitional.element');
const FRAGMENT = Symbol.for('react.fragment');
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'link', 'meta', 'source', 'track', 'wbr']);
// form controls keep state in React (value/defaultValue/checked) and SVG has its own attribute names
const REFUSED = new Set(['input', 'select', 'option', 'textarea', 'button', 'form', 'svg', 'script', 'style']);
const SKIPPED_PROPS = new Set(['children', 'dangerouslySetInnerHTML', 'key', 'ref', 'suppressHydrationWarning']);
const RENAMED: Record<string, string> = { className: 'class', htmlFor: 'for' };

interface Element {
  $$typeof: symbol;
  type: unknown;
  props: Record<string, unknown>;
}

function isElement(node: unknown): node is Element {
  return (node as Element | null)?.$$typeof === ELEMENT;
}

function describe(type: unknown): string {
  if (typeof type === 'function') return type.name || 'an anonymous component';
  if (typeof type === 'string') return `<${type}>`;
  return String((type as { $$typeof?: symbol })?.$$typeof?.description ?? type);
}

function attribute(name: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'function') throw new Error(`Static markup cannot carry the ${name} handler.`);
  if (typeof value === 'object') throw new Error(`Static markup does not render the object in ${name}.`);
  const passThrough = name.startsWith('data-') || name.startsWith('aria-');
  if (typeof value === 'boolean' && !passThrough) return value ? ` ${name.toLowerCase()}=""` : '';
  const attr = passThrough ? name : (RENAMED[name] ?? name.toLowerCase());
  return ` ${attr}="${escapeHtml(String(value))}"`;
}

function hostElement(tag: string, props: Record<string, unknown>): string {
  if (REFUSED.has(tag)) throw new Error(`Static markup refuses <${tag}>: render it with React.`);
  let attributes = '';
  for (const name in props) if (!SKIPPED_PROPS.has(name)) attributes += attribute(name, props[name]);
  if (VOID.has(tag)) return `<${tag}${attributes}>`;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  return `<${tag}${attributes}>${inner ? (inner.__html ?? '') : renderStaticMarkup(props.children)}</${tag}>`;
}

export function renderStaticMarkup(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return escapeHtml(node);
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) {
    let out = '';
    for (const child of node) out += renderStaticMarkup(child);
    return out;
  }
  if (!isElement(node)) throw new Error(`Static markup cannot render ${describe(node)}.`);
  const { type, props } = node;
  if (type === FRAGMENT) return renderStaticMarkup(props.children);
  if (typeof type === 'string') return hostElement(type, props);
  // a client component's import on the server is a reference (a function or object) tagged like this
  const isPlainFunction = typeof type === 'function' && !(type as { $$typeof?: symbol }).$$typeof && !type.prototype?.isReactComponent;
  if (!isPlainFunction) throw new Error(`Static markup cannot render ${describe(type)}: only host elements and plain function components.`);
  const rendered = (type as (props: unknown) => unknown)(props);
  if (typeof (rendered as Promise<unknown> | null)?.then === 'function') throw new Error(`Static markup cannot render the async component ${describe(type)}.`);
  return renderStaticMarkup(rendered);
}
