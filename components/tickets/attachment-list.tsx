import { PaperclipIcon } from 'lucide-react';
import type { AttachmentListItem } from '@/lib/server/attachments/list-ticket-attachments.ts';
import { formatDateTime } from '@/lib/utils/format.ts';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A ticket's files; each downloads through the route that checks the ticket's visibility. */
export function AttachmentList(props: { attachments: AttachmentListItem[]; timezone: string }) {
  if (props.attachments.length === 0) return <p className="text-sm text-muted-foreground">No attachments.</p>;
  return (
    <ul className="space-y-2 text-sm" aria-label="Attachments">
      {props.attachments.map((file) => (
        <li key={file.id} className="flex flex-wrap items-center gap-x-2 gap-y-0.5" data-testid="attachment">
          <PaperclipIcon className="size-4 text-muted-foreground" aria-hidden="true" />
          <a className="break-all underline" href={`/api/attachments/${file.id}`} download={file.fileName}>
            {file.fileName}
          </a>
          <span className="text-xs text-muted-foreground">
            {formatSize(file.sizeBytes)} · {file.uploadedByName ?? 'Unknown'} · {formatDateTime(file.createdAt, props.timezone)}
          </span>
        </li>
      ))}
    </ul>
  );
}
