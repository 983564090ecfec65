// Signs, in `terraform init` output, that the registry or a mirror could not be reached at all: a failure of the
// machine's network, not of the configuration. Anything else that fails init is a real failure.
const UNREACHABLE =
  /could not connect to|failed to request discovery document|dial tcp|no such host|connection refused|network is unreachable|i\/o timeout|TLS handshake timeout|context deadline exceeded|Client\.Timeout exceeded|proxyconnect|connection reset by peer/i;

// Colour codes and the diagnostics frame (╷ │ ╵), which depend on the terminal.
const ESCAPES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Lines of a terraform output without colour codes or diagnostics frame, grouped into paragraphs of one line each. */
function paragraphs(output: string): string[] {
  return output
    .replace(ESCAPES, '')
    .split('\n')
    .map((line) => line.replace(/^[\s│╷╵]+/, '').trimEnd())
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').filter(Boolean).join(' '));
}

/**
 * When `terraform init` failed because providers could not be downloaded, the reason on one line (the paragraph of
 * the diagnostic that names the unreachable registry, unwrapped); otherwise undefined.
 */
export function providersUnavailableReason(initOutput: string): string | undefined {
  return paragraphs(initOutput).find((paragraph) => UNREACHABLE.test(paragraph));
}
