// Vite's `?raw` imports (stories only): a fixture file's text, e.g. a feed that is not JSON.
declare module '*?raw' {
  const text: string;
  export default text;
}
