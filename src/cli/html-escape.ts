/**
 * Text from workbooks, file names and plans is untrusted: in the printable view it must stay text, whether it lands
 * between tags or inside a quoted attribute.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * @example escapeHtml(`<script>alert("x")</script> & 'y'`)
 * // → "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ENTITIES[char] ?? char);
}
