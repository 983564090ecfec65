// Preloaded into a measured process: reports its peak memory on exit, on a line the benchmark picks out of stderr.
process.on('exit', () => {
  process.stderr.write(`\nBENCH_USAGE ${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
});
