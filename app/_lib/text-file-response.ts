/** A generated text file: sitemaps (XML or plain text) and the feed. */
export function textFileResponse(body: string, contentType = 'application/xml'): Response {
  return new Response(body, { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });
}
