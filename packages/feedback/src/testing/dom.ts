/** Reaching into the module as a test must: it renders inside a shadow root. */

/** The module's shadow root (the harness and the entries render into one). */
export function moduleRoot(): ShadowRoot {
  const root = document.querySelector('[data-seller-support]')?.shadowRoot;
  if (!root) throw new Error('The module has not rendered.');
  return root;
}

/** The focused element inside the module's shadow root (`document.activeElement` is its host). */
export const focusedInModule = () =>
  document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;

/** The attachments' file input (visually hidden behind its button, so not reachable by role). */
export function fileInput(): HTMLInputElement {
  const input = moduleRoot().querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('No file input.');
  return input;
}

/** A real, decodable PNG drawn on a canvas: what the content check before upload accepts. */
export async function pngFile(name = 'photo.png', size = 48): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D context.');
  context.fillStyle = '#0550ae';
  context.fillRect(0, 0, size, size);
  context.fillStyle = '#ffcc00';
  context.fillRect(size / 4, size / 4, size / 2, size / 2);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The canvas gave no PNG.');
  return new File([blob], name, { type: 'image/png' });
}
