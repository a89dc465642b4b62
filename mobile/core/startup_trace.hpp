#pragma once
//! Start-up milestones for profiling a cold start (docs/PERFORMANCE.md, the app section). With
//! $KITH_TRACE_START set, each milestone prints one line on stderr: the milliseconds since the
//! process was started (exec, not main()), the thread, and what was reached. Without it, nothing
//! is printed and a milestone costs one load of a flag. Any thread may call it.

namespace kith::app {

//! Milliseconds since this process started (exec), from the kernel's record of its start time.
double msSinceProcessStart();

//! Prints `kith-start <ms> <thread> <what>` on stderr when $KITH_TRACE_START is set.
void traceStart(const char* what);

}  // namespace kith::app
