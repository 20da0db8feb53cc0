/** A Slack-compatible incoming-webhook message: `text` plus optional blocks. */
export interface WebhookMessage {
  text: string;
}

export interface WebhookOptions {
  url: string;
  message: WebhookMessage;
  /** @default 10000 */
  timeoutMs?: number;
}

/**
 * Posts the message; returns the HTTP status. Slack, Mattermost, Discord's `/slack` endpoint and
 * Teams' legacy connectors all take `{ "text": … }`.
 */
export async function postWebhook(options: WebhookOptions): Promise<number> {
  const response = await fetch(options.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(options.message),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  await response.arrayBuffer();
  return response.status;
}

/**
 * Text for a chat message, escaped as Slack asks (`&`, `<`, `>`), so no `<!channel>` or `<url|link>`
 * from a model or task name gets through, and no `@` ping; one line per item.
 */
export function webhookText(lines: readonly string[]): string {
  return lines
    .map((l) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '@\u200d'))
    .join('\n')
    .slice(0, 3000);
}
