/** A 2xx reply the client cannot read as a completion: recorded as an error naming what came back. */
export class UnreadableReply extends Error {
  override readonly name = 'UnreadableReply';
}

/**
 * Throws UnreadableReply unless `body` (the SDK's parse of a 2xx reply: an object for JSON, a
 * string for any other content type, undefined for an empty body) holds a first choice the
 * client can read. `content: null` is readable only with tool calls beside it.
 */
export function checkReply(body: unknown, api: 'chat' | 'completions'): void {
  if (body === undefined || body === null || body === '')
    throw new UnreadableReply('the server sent an empty body, not a completion');
  if (typeof body === 'string') throw new UnreadableReply(describeText(body));
  const choices = (body as { choices?: unknown }).choices;
  if (!Array.isArray(choices) || choices.length === 0)
    throw new UnreadableReply(`the reply has no choices: ${excerpt(JSON.stringify(body))}`);
  const choice = choices[0] as { text?: unknown; message?: unknown; finish_reason?: unknown };
  if (api === 'completions') {
    if (typeof choice?.text !== 'string')
      throw new UnreadableReply(`the reply's first choice has no text: ${excerpt(JSON.stringify(choice))}`);
    return;
  }
  const message = choice?.message as { content?: unknown; tool_calls?: unknown } | undefined;
  if (typeof message !== 'object' || message === null)
    throw new UnreadableReply(`the reply's first choice has no message: ${excerpt(JSON.stringify(choice))}`);
  const toolCalls = Array.isArray(message.tool_calls) && message.tool_calls.length > 0;
  if (typeof message.content !== 'string' && !toolCalls)
    throw new UnreadableReply(
      `the reply's message has content ${JSON.stringify(message.content ?? null)} and no tool calls (finish_reason ${JSON.stringify(choice.finish_reason ?? null)})`,
    );
}

/** A reply body labelled JSON that does not parse: the SDK's SyntaxError quotes its start. */
export function unparsableJson(error: SyntaxError): UnreadableReply {
  return new UnreadableReply(`the reply is labelled JSON but does not parse: ${excerpt(error.message)}`);
}

function describeText(text: string): string {
  const start = text.trimStart();
  if (/^(data|event):/m.test(start.slice(0, 200)))
    return `the server sent an event stream (SSE) to a request that did not ask to stream: ${excerpt(start)}`;
  if (/^<(!doctype|html|head|body|\?xml)/i.test(start)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(start)?.[1]?.trim();
    return `the server sent an HTML page, not a completion${title ? ` ("${excerpt(title)}")` : ''}: ${excerpt(start)}`;
  }
  return `the server sent text that is not JSON: ${excerpt(start)}`;
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 160)}…` : line;
}
