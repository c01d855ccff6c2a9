import { escapeHtml } from './escape-html.ts';

/**
 * Server-only JSX rendered straight to an HTML string: host elements and plain function
 * components, nothing interactive. A page hands the string to one element's
 * dangerouslySetInnerHTML, so the markup crosses Next's page payload as one string instead of
 * hundreds of elements that are serialised, read back and rendered again (see StaticMarkup).
 * What needs React itself is refused with an error rather than rendered wrong: client
 * components, context providers, async components, event handlers and SVG. Form controls are
 * written as React writes their first render (a select's value marks its option, an input's
 * defaultValue is its value): with no React in the browser, that first state is all there is.
 * Components rendered this way must not call hooks (inside a page render React's server
 * dispatcher would answer them, but nothing here would keep their state).
 */

const ELEMENT = Symbol.for('react.transitional.element');
const FRAGMENT = Symbol.for('react.fragment');
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// SVG has its own attribute names; scripts and styles are not content
const REFUSED = new Set(['svg', 'script', 'style']);
// attributes React writes after all others, in this order (so the output matches React's own)
const WRITTEN_LAST: Record<string, string[]> = {
  input: ['name', 'checked', 'value'],
  button: ['name'],
  form: ['action', 'encType', 'method', 'target'],
};
// props that hold a control's state, not an attribute (the state is written in its place)
const STATE_PROPS: Record<string, string[]> = {
  input: ['defaultValue', 'defaultChecked'],
  select: ['value', 'defaultValue'],
  textarea: ['value', 'defaultValue'],
  option: ['selected'],
};
/** A select's value as its options see it: null outside a select. */
type SelectValue = string | readonly string[] | null;
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

function hostElement(tag: string, props: Record<string, unknown>, selectValue: SelectValue): string {
  if (REFUSED.has(tag)) throw new Error(`Static markup refuses <${tag}>: render it with React.`);
  const last = attributesWrittenLast(tag, props, selectValue);
  const state = STATE_PROPS[tag];
  let attributes = '';
  for (const name in props) if (!SKIPPED_PROPS.has(name) && !(name in last) && !state?.includes(name)) attributes += attribute(name, props[name]);
  for (const name of Object.keys(last)) attributes += attribute(name, last[name]);
  if (VOID.has(tag)) return `<${tag}${attributes}>`;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  if (inner) return `<${tag}${attributes}>${inner.__html ?? ''}</${tag}>`;
  if (tag === 'textarea') return `<${tag}${attributes}>${renderStaticMarkup(props.value ?? props.defaultValue ?? props.children)}</${tag}>`;
  const childSelectValue = tag === 'select' ? selectedOf(props) : tag === 'optgroup' ? selectValue : null;
  return `<${tag}${attributes}>${render(props.children, childSelectValue)}</${tag}>`;
}

/** The attributes a form control gets after its others, by name (undefined: not written). */
function attributesWrittenLast(tag: string, props: Record<string, unknown>, selectValue: SelectValue): Record<string, unknown> {
  const last: Record<string, unknown> = {};
  for (const name of WRITTEN_LAST[tag] ?? []) last[name] = props[name];
  if (tag === 'input') {
    last.checked = props.checked ?? props.defaultChecked;
    last.value = props.value ?? props.defaultValue;
  } else if (tag === 'option') {
    const value = props.value === undefined || props.value === null ? optionText(props.children) : String(props.value);
    const chosen = selectValue === null ? props.selected === true : typeof selectValue === 'string' ? selectValue === value : selectValue.includes(value);
    last.selected = chosen || undefined;
  }
  return last;
}

function selectedOf(props: Record<string, unknown>): SelectValue {
  const value = props.value ?? props.defaultValue;
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value.map(String) : String(value);
}

/** An option's text, its value when it has no value prop (as React and the browser read it). */
function optionText(children: unknown): string {
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (Array.isArray(children)) return children.map(optionText).join('');
  return String(children);
}

export function renderStaticMarkup(node: unknown): string {
  return render(node, null);
}

function render(node: unknown, selectValue: SelectValue): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return escapeHtml(node);
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) {
    let out = '';
    for (const child of node) out += render(child, selectValue);
    return out;
  }
  if (!isElement(node)) throw new Error(`Static markup cannot render ${describe(node)}.`);
  const { type, props } = node;
  if (type === FRAGMENT) return render(props.children, selectValue);
  if (typeof type === 'string') return hostElement(type, props, selectValue);
  // a client component's import on the server is a reference (a function or object) tagged like this
  const isPlainFunction = typeof type === 'function' && !(type as { $$typeof?: symbol }).$$typeof && !type.prototype?.isReactComponent;
  if (!isPlainFunction) throw new Error(`Static markup cannot render ${describe(type)}: only host elements and plain function components.`);
  const rendered = (type as (props: unknown) => unknown)(props);
  if (typeof (rendered as Promise<unknown> | null)?.then === 'function') throw new Error(`Static markup cannot render the async component ${describe(type)}.`);
  return render(rendered, selectValue);
}
