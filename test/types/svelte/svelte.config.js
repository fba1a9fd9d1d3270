// Found by svelte-check before the repository's vite.config.ts; the fixtures need no options.
export default {};
