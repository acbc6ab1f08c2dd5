#pragma once

#include <QString>

namespace Kohtaamo::BenchInbox {

// When main() began and when QApplication was ready, for the child's breakdown of its start.
void markProcessStart();
void markApplicationReady();

// The largest resident set of this process so far, in MiB (getrusage).
double maxRssMiB();

// In a fresh process: opens the database, shows the inbox (what = "inbox") or the main window on its Requests page
// (what = "main-window") offscreen, and after the request list's first paint prints one line
//   startup total_ms=... since_main_ms=... app_ms=... db_ms=... view_ms=... paint_ms=... rows=... maxrss_mib=...
// and exits at once (no teardown).
int runStartupChild(const QString &file, const QString &what);

// Starts the child N times and prints the medians: the parent's clock from starting the process to reading the
// child's line is the headline (it includes exec, loading the libraries and the platform plugin).
class Startup
{
public:
    bool run(const QString &file, const QString &what, int times);
};

} // namespace Kohtaamo::BenchInbox
