// react-dom 18 ships no types and @types/react-dom is not installed: the one function the host uses.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export function createRoot(container: Element): { render(node: ReactNode): void };
}
