// Stand-in for markdown-to-jsx: the configurator shows descriptions and help as
// plain text (markdown in them is not enabled), so the 85 kB parser stays out of the bundle.
export function Markdown({ children }) {
  return children;
}
