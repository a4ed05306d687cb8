import { useCallback, useState, type RefObject } from 'react';

/** After the last press of "copy": copied, or selected for the admin to copy themselves. */
export type CopyStatus = 'idle' | 'copied' | 'selected';

/**
 * Copies the text of a read-only field: through the clipboard API where the browser allows it, else
 * by selecting the text so Ctrl+C works. The status resets when the text changes.
 */
export function useCopyLink(field: RefObject<HTMLInputElement | null>, text: string | null) {
  // The status belongs to the text it was reached for: a new text starts idle.
  const [last, setLast] = useState<{ status: CopyStatus; text: string | null }>({ status: 'idle', text });
  const status = last.text === text ? last.status : 'idle';
  const setStatus = useCallback((next: CopyStatus) => setLast({ status: next, text }), [text]);

  const copy = useCallback(async () => {
    if (!text) return;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard API');
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus('selected');
    }
  }, [field, text, setStatus]);

  return { copy, status };
}
