import { controlCharacters } from '@seller-support/contract';

const controlCharactersGlobal = new RegExp(controlCharacters.source, 'gu');

/** Shown where a file name holds a control character: the replacement character, visible in every font. */
const marker = '\uFFFD';

/**
 * A file name as it may be shown: each character text may not hold (C0/C1 controls, bidi
 * embeddings, overrides and isolates, lone surrogates) replaced by a visible marker, so
 * "invoice\u202Egnp.exe" reads "invoice�gnp.exe", not "invoiceexe.png". For attributes,
 * announcements and sentences about a file; a name on its own is a {@link FileName}.
 */
export function displayFileName(name: string): string {
  return name.replace(controlCharactersGlobal, marker);
}

/**
 * A file name in the page, from the seller's disk or from the server: neutralised (see
 * {@link displayFileName}) and isolated from the text around it, so a right-to-left name cannot
 * reorder its sentence either.
 */
export function FileName({ name, className }: { name: string; className?: string | undefined }) {
  return (
    <bdi className={className === undefined ? 'file-name' : `file-name ${className}`}>
      {displayFileName(name)}
    </bdi>
  );
}
