/**
 * Serialises a response object the way the real API renders `Format=XML`: the root element is
 * `<ActionResponse>` (or `<Error>`), nested objects become nested elements, and an array under key
 * K becomes repeated `<K>` elements (so JSON's `Vpcs: {Vpc: [a, b]}` is `<Vpcs><Vpc>a</Vpc><Vpc>b</Vpc></Vpcs>`).
 */
function escape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}></${name}>`;
  if (Array.isArray(value)) return value.map((v) => element(name, v)).join('');
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>).map(([k, v]) => element(k, v)).join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escape(String(value))}</${name}>`;
}

export function toXml(root: string, body: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${element(root, body)}`;
}
