// Shared by the site's copy buttons and the offline copy (src/lib/offline/client.ts).

/**
 * Copies `text`. navigator.clipboard exists only in a secure context (HTTPS
 * or localhost), not on a plain-HTTP intranet host; there a hidden textarea
 * and document.execCommand('copy') still work. Resolves false if both fail.
 */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the textarea
    }
  }
  // The textarea takes the focus; it goes back where it was (a search box keeps its results open).
  const focused = document.activeElement as HTMLElement | null;
  const textarea = document.createElement('textarea');
  textarea.value = text;
  textarea.setAttribute('readonly', '');
  textarea.style.position = 'fixed';
  textarea.style.top = '0';
  textarea.style.opacity = '0';
  document.body.appendChild(textarea);
  textarea.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  textarea.remove();
  focused?.focus({preventScroll: true});
  return copied;
}
