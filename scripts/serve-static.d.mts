import type { Server } from 'node:http';

export const MIME: Record<string, string>;

export interface StaticServerOptions {
  root: string;
  port?: number;
  host?: string;
  prefix?: string;
  headers?: (path: string) => Record<string, string>;
  onRequest?: (path: string) => void;
  onSent?: (path: string, bytes: number) => void;
}

export function startStaticServer(options: StaticServerOptions): Promise<Server>;
