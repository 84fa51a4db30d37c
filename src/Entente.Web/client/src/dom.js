// DOM building without HTML parsing: every piece of data becomes a text node or an attribute value,
// never markup. Source text is hostile input; nothing in this front end assigns innerHTML.

export function h(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "style") for (const [p, v] of Object.entries(value)) node.style.setProperty(p, v);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, ...children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

// Only http(s) links from data: a javascript: URL in a source's metadata must not become a link.
export function safeHref(url) {
  try {
    const u = new URL(url, location.href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

export function label(id) {
  return String(id ?? "").replaceAll("-", " ");
}

export function timeText(time) {
  if (!time) return "undated";
  return time.text ? `${time.text} (${time.precision})` : `${time.from}–${time.to}`;
}

export function entityName(ref) {
  return ref ? ref.name : "—";
}
