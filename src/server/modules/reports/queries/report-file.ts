// policy: not a use case (the file type the report queries return; each of them asks the policy)
/** A download: its content type, file name and body. */
export interface ReportFile {
  contentType: string;
  filename: string;
  body: string | Buffer;
}

export const safeName = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-');
