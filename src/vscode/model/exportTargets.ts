/** Where an export of an article goes: beside it, its extension replaced (brat pairs NAME.txt with NAME.ann). Pure. */

/** news.txt → news.ann; news.arabic.txt → news.arabic.ann; a name with no extension gets one. */
export function exportPath(articlePath: string, extension: string): string {
  const slash = articlePath.lastIndexOf('/');
  const dot = articlePath.lastIndexOf('.');
  // A dot that starts the name (.notes) is no extension.
  const stem = dot > slash + 1 ? articlePath.slice(0, dot) : articlePath;
  return stem + extension;
}

/** A file in the article's folder: annotation.conf beside news.ann. */
export function siblingPath(articlePath: string, name: string): string {
  return articlePath.slice(0, articlePath.lastIndexOf('/') + 1) + name;
}
