#pragma once

namespace Kohtaamo {

// While alive, every file and folder this process creates is readable and writable by its owner only: the process's
// umask is 077 (Unix; nothing elsewhere). For the files Kohtaamo writes that hold personal data — the database,
// its WAL, backups, exports — so that they are private from their first byte, never made private afterwards (a
// reader who opened the file in between keeps it). The umask is the process's: hold one around creating a file, not
// across long work, and only on the thread that creates it. Files that already exist keep their mode.
class PrivateFileMode
{
public:
    PrivateFileMode();
    ~PrivateFileMode();
    PrivateFileMode(const PrivateFileMode &) = delete;
    PrivateFileMode &operator=(const PrivateFileMode &) = delete;

private:
    unsigned m_previous = 0;
};

} // namespace Kohtaamo
