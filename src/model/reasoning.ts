/**
 * Splits reasoning off a reply: the reasoning is kept, never scored. The rest of the reply is
 * left exactly as received (no trim): scorers see what the model wrote, and IFEval's loose
 * variants, which drop the first or last line, drop the same line the reference drops. Only a
 * `<think>…</think>` block and the whitespace right after it go; `reasoning_content` arrives
 * apart from the content already.
 */
export function splitReasoning(
  content: string,
  reasoningField: string | null,
): { output: string; reasoning: string | null } {
  const parts: string[] = reasoningField ? [reasoningField] : [];
  let output = content.replace(/<think>([\s\S]*?)(?:<\/think>\s*|$)/g, (_, text: string) => {
    parts.push(text.trim());
    return '';
  });
  // A reply that opens with reasoning and only closes the tag (the opening was in the prompt).
  const close = /<\/think>\s*/.exec(output);
  if (close) {
    parts.push(output.slice(0, close.index).trim());
    output = output.slice(close.index + close[0].length);
  }
  return { output, reasoning: parts.length ? parts.join('\n\n') : null };
}
