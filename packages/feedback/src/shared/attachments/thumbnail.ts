/** The longest side of a stored thumbnail, in CSS pixels. */
export const thumbnailSize = 96;

/**
 * A small downscaled copy of an image as a `data:` URL (WebP, or JPEG where the browser cannot
 * encode WebP), a few kilobytes: small enough to keep in the draft, so a restored draft still
 * shows what was attached. Undefined when the image cannot be decoded.
 */
export async function makeThumbnail(image: Blob): Promise<string | undefined> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(image);
  } catch {
    return undefined;
  }
  try {
    const scale = Math.min(1, thumbnailSize / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext('2d');
    if (context === null) return undefined;
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const webp = canvas.toDataURL('image/webp', 0.7);
    // A browser that cannot encode the type silently returns PNG, which is much larger.
    return webp.startsWith('data:image/webp') ? webp : canvas.toDataURL('image/jpeg', 0.7);
  } finally {
    bitmap.close();
  }
}
