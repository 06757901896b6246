/**
 * Saves text as a file the user downloads (exports: session logs, site layouts, benchmark
 * reports). The object URL outlives the click long enough for the browser to start the download.
 */
export function saveJsonFile(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
