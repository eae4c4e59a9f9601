/** A published file offered for download, under the name it is saved as. */
export interface DownloadLinkOptions {
  href: string;
  filename: string;
  label: string;
}

/** A link that saves a published file rather than opening it. */
export function downloadLink({href, filename, label}: DownloadLinkOptions): HTMLAnchorElement {
  const link = document.createElement("a");
  link.className = "download";
  link.href = href;
  link.download = filename;
  link.textContent = label;
  return link;
}
