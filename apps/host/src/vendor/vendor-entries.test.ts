import { describe, expect, it } from 'vitest';

// Runtime exports that are deliberately not served: names the stable type declarations do
// not know (a canary hook, `react-dom/client`'s `version`), and a helper react-dom 19.3
// leaks under the name `browser`.
const notServed: Record<string, readonly string[]> = {
  react: ['unstable_useCacheRefresh'],
  'react-dom': ['browser'],
  'react-dom/client': ['version'],
};

function publicNames(namespace: object): string[] {
  return Object.keys(namespace).filter(
    (name) => !name.startsWith('__') && name !== 'default' && name !== 'module.exports',
  );
}

// When a React upgrade adds an export, the vendor entry must serve it too: otherwise a
// module importing it through the import map fails to link in the browser.
describe.each([
  ['react', () => import('react'), () => import('./react')],
  ['react-dom', () => import('react-dom'), () => import('./react-dom')],
  ['react-dom/client', () => import('react-dom/client'), () => import('./react-dom-client')],
  ['react/jsx-runtime', () => import('react/jsx-runtime'), () => import('./react-jsx-runtime')],
])('the vendor entry for %s', (specifier, loadPackage, loadEntry) => {
  it('re-exports every public name of the package, and its default', async () => {
    const [pkg, entry] = await Promise.all([loadPackage(), loadEntry()]);
    const served = new Set(Object.keys(entry));
    const skipped = notServed[specifier] ?? [];
    const missing = publicNames(pkg).filter((name) => !served.has(name) && !skipped.includes(name));
    expect(missing).toEqual([]);
    if (specifier !== 'react/jsx-runtime') expect(served).toContain('default');
  });
});
