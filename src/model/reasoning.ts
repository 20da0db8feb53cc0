/** Splits `<think>…</think>` reasoning off a reply: the reasoning is kept, never scored. */
export function splitReasoning(
  content: string,
  reasoningField: string | null,
): { output: string; reasoning: string | null } {
  const parts: string[] = reasoningField ? [reasoningField] : [];
  let output = content;
  const think = /<think>([\s\S]*?)(?:<\/think>|$)/g;
  output = output.replace(think, (_, text: string) => {
    parts.push(text.trim());
    return '';
  });
  // A reply that opens with reasoning and only closes the tag (the opening was in the prompt).
  const close = output.indexOf('</think>');
  if (close >= 0) {
    parts.push(output.slice(0, close).trim());
    output = output.slice(close + '</think>'.length);
  }
  return { output: output.trim(), reasoning: parts.length ? parts.join('\n\n') : null };
}
