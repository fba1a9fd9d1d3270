/** Styles of `<sla-portfolio>`: resolved tokens (`var(--_sla-*)`) only; pages set `--sla-*`. */
import { css } from 'lit';

export const portfolioStyles = css`
  .base {
    display: grid;
    gap: var(--_sla-space-2);
    border-top: 4px solid var(--_sla-accent);
    padding: var(--_sla-space-2);
    color: var(--_sla-text);
  }
  h2 {
    margin: 0;
    font-size: 1.125rem;
  }
`;
