/** A username and secret for one registry host. Never printed, logged or put in an error message. */
export interface Credentials {
  username: string;
  password: string;
}

export function basicHeader(c: Credentials): string {
  return 'Basic ' + Buffer.from(`${c.username}:${c.password}`).toString('base64');
}
