// Preloaded into a measured process: reports its peak memory and CPU time on exit, on a line the benchmark picks
// out of stderr. CPU time (user + system) is what the process itself spent, whatever else the machine is running.
process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stderr.write(`\nBENCH_USAGE ${JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs })}\n`);
});
