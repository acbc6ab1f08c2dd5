#pragma once

#include <QIODevice>
#include <QString>

#include <cstdio>

namespace Kohtaamo::Cli {

// What kohtaamo-cli prints reaches a terminal, which obeys control characters: a worker named "Eve\x1b[2J" would
// clear the coordinator's screen, a title with a carriage return or a line break would forge lines, one with a
// bidirectional override would show its text reversed. Every printer goes through here (issue 16):
// - field() for each value from the data (a name, a title, a table cell), in every table and line of output;
// - the Device under the tool's stdout and stderr streams (main.cpp), for everything else: the core's messages that
//   quote a name, the arguments echoed back.
// A control character is shown as U+FFFD, one for one, so that the text around it stays readable.
class TerminalText
{
public:
    // C0 controls, DEL, C1 controls, bidirectional embeddings, overrides and isolates, line and paragraph separators.
    static bool isControl(char32_t c);
    // A value from the data: every control character, line breaks and tabs included, becomes U+FFFD.
    static QString field(const QString &text);
    // A table cell of running text: its line breaks become spaces, the rest as field().
    static QString cell(const QString &text);

    // Writes to `file` what is written to it, with every control character but line breaks and tabs as U+FFFD.
    // Takes UTF-8 (what QTextStream writes); a character split between two writes is held until the next one.
    class Device : public QIODevice
    {
    public:
        explicit Device(FILE *file);
        ~Device() override;
        bool isSequential() const override { return true; }

    protected:
        qint64 readData(char *, qint64) override { return -1; }
        qint64 writeData(const char *data, qint64 size) override;

    private:
        FILE *m_file;
        QByteArray m_pending; // the start of a character whose other bytes have not come yet
    };
};

} // namespace Kohtaamo::Cli
