// Preloaded (`node --import`) into the processes the thingtalk benchmark times: reports the process's own CPU
// time (user + system, µs) on stderr when it exits, which a loaded machine inflates far less than wall time.
import process from 'node:process';

process.on('exit', () => {
  const usage = process.cpuUsage();
  process.stderr.write(`cpu-microseconds ${usage.user + usage.system}\n`);
});
