import type { MessagesOf } from '@seller-support/ui';
import type { attachmentsRu } from './attachments';

/** English messages for attachments: choose, drop, paste, upload progress, refusals; typed against the Russian ones. */
export const attachmentsEn: MessagesOf<typeof attachmentsRu> = {
  choose: 'Choose files',
  dropHint: 'Or drop files here, or paste an image (Ctrl+V) while the focus is in this field.',
  dropActive: 'Drop the files to attach them',
  limits: '{files}, {maxFile} each, {maxTotal} in total; {types}.',
  files: {
    one: 'Up to {count} file',
    other: 'Up to {count} files',
  },
  countLimitReached: 'The most files you can attach ({max}) are attached. Remove one to add another.',
  listLabel: 'Attached files',
  unknownType: 'unknown',
  refused: {
    title: 'These files were not attached',
    empty: '{name}: empty file',
    type: '{name} is not a {types} file (detected: {detected})',
    fileSize: '{name}: too large: {size}, at most {max}',
    totalSize: '{name}: with the files already attached that makes {total}, at most {max} in total',
    count: '{name}: too many files: at most {max}',
    duplicate: '{name}: this file is already attached',
    dismiss: 'Dismiss the list',
  },
  gone: {
    one: 'The server no longer has {names}: attach it again',
    other: 'The server no longer has {names}: attach them again',
  },
  progress: 'Uploading {name}',
  progressValue: '{percent} uploaded',
  uploaded: 'Uploaded',
  cancel: 'Cancel',
  cancelFile: 'Cancel uploading {name}',
  retry: 'Retry',
  retryFile: 'Retry uploading {name}',
  remove: 'Remove',
  removeFile: 'Remove {name}',
  failed: {
    network: 'Cannot reach the server. Check your connection and retry.',
    timeout:
      'The server did not answer in time. Retry the upload: if the file arrived already, there will be no second copy.',
    tooLarge: 'The server refused the file: it is too large.',
    unsupportedType: 'The server refused the file: this type is not accepted.',
    rateLimited: 'Too many uploads in a row. Retry in {wait}.',
    rateLimitedNoWait: 'Too many uploads in a row. Retry in a moment.',
    unauthorized: 'Your session has expired. Sign in to the cabinet again and retry.',
    forbidden: 'You are not allowed to attach files.',
    server: 'The server could not save the file. Retry a little later.',
  },
  announce: {
    uploaded: '{name} uploaded.',
    failed: '{name} failed to upload.',
    cancelled: 'Upload of {name} cancelled.',
    removed: '{name} removed.',
    refused: {
      one: '{count} file was not attached; the reasons are listed.',
      other: '{count} files were not attached; the reasons are listed.',
    },
  },
  view: {
    open: 'Open the photo {name}',
    loading: 'Loading…',
    failed: 'Could not load the file.',
    retry: 'Retry',
    download: 'Download',
    downloadFile: 'Download {name}',
    close: 'Close',
  },
};
