import OpenAI from 'openai';
import type { RecordError } from '../artifacts.js';
import { redactSecrets } from './secrets.js';
import { UnreadableReply } from './unreadable-reply.js';

/** Auth failures stop the run: every other item would fail the same way. */
export function isFatalStatus(status: number | undefined): boolean {
  return status === 401 || status === 403;
}

/**
 * An error's message, with what lies under an SDK connection error ("Connection error.") said:
 * refused, reset, cut mid-reply or timed out are different problems to fix.
 */
export function errorMessage(error: unknown): string {
  const message = withoutHtml(error instanceof Error ? error.message : String(error));
  const cause =
    error instanceof OpenAI.APIConnectionError && !(error instanceof OpenAI.APIConnectionTimeoutError)
      ? error.cause
      : undefined;
  if (!(cause instanceof Error) || !cause.message) return message;
  const code = (cause as NodeJS.ErrnoException).code;
  return `${message.replace(/\.$/, '')}: ${code && !cause.message.includes(code) ? `${code} ` : ''}${cause.message}`;
}

/** An SDK error (after its retries) as a record error, with secrets removed from the message. */
export function toRecordError(error: unknown, secrets: readonly string[]): RecordError {
  const message = redactSecrets(errorMessage(error), secrets).slice(0, 500);
  if (error instanceof OpenAI.APIConnectionTimeoutError) return { kind: 'timeout', message };
  if (error instanceof OpenAI.APIConnectionError) return { kind: 'connection', message };
  if (error instanceof UnreadableReply) return { kind: 'unreadable_reply', message };
  if (error instanceof OpenAI.APIError && error.status !== undefined)
    return {
      kind: `http_${error.status}`,
      message:
        error.headers?.get('x-should-retry') === 'false'
          ? `${message} (not retried: no retry can succeed)`
          : message,
    };
  return { kind: 'client', message };
}

/** A failed call to a model (HTTP status, connection, timeout, unreadable reply), as opposed to a bug. */
export function isCallError(error: unknown): boolean {
  return error instanceof OpenAI.APIError || error instanceof UnreadableReply;
}

export function statusOf(error: unknown): number | undefined {
  return error instanceof OpenAI.APIError ? error.status : undefined;
}

/**
 * A reply that is an HTML page (a proxy's or a web server's 404 for a wrong base_url) said in
 * one line, by its title, instead of the page's markup line by line.
 */
function withoutHtml(message: string): string {
  const start = message.search(/<!doctype html|<html/i);
  if (start < 0) return message;
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(message)?.[1]?.trim().replace(/\s+/g, ' ');
  return `${message.slice(0, start).trim()} an HTML page${title ? ` ("${title.slice(0, 100)}")` : ''}, not an API reply: is base_url the API's (often ending in /v1)?`;
}
