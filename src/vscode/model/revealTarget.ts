/** The parts of a URI that say which resource it names (as `vscode.Uri` holds them, path decoded). */
export interface ResourceUri {
  scheme: string;
  authority: string;
  path: string;
}

/**
 * Whether the reveal command may open `target`. Its links come from hover cards and the Speakers
 * view, which only ever point into documents already open; any other address (a crafted
 * `command:` link) is refused unless it lies inside a workspace folder.
 */
export function mayReveal(target: ResourceUri, openDocuments: readonly ResourceUri[], workspaceFolders: readonly ResourceUri[]): boolean {
  return openDocuments.some((open) => sameResource(open, target)) || workspaceFolders.some((folder) => isInside(target, folder));
}

function sameResource(a: ResourceUri, b: ResourceUri): boolean {
  return a.scheme === b.scheme && a.authority === b.authority && a.path === b.path;
}

/** Inside the folder by its path; a path with `.` or `..` segments is never taken to be inside. */
function isInside(target: ResourceUri, folder: ResourceUri): boolean {
  if (target.scheme !== folder.scheme || target.authority !== folder.authority) return false;
  if (target.path.split(/[/\\]/).some((segment) => segment === '.' || segment === '..')) return false;
  const prefix = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return target.path.startsWith(prefix);
}
