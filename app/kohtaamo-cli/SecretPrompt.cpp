#include "SecretPrompt.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Kohtaamo::Cli {

namespace {
// One line from the terminal with echo off; nullopt when there is no terminal.
std::optional<QString> readHidden(const QString &prompt, QTextStream &err)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios before {};
    if (tcgetattr(fd, &before) != 0) {
        std::fclose(tty);
        return std::nullopt;
    }
    termios quiet = before;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;
    err << prompt << Qt::flush;
    tcsetattr(fd, TCSAFLUSH, &quiet);
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(tty)) != EOF && c != '\n')
        line.append(static_cast<char>(c));
    tcsetattr(fd, TCSAFLUSH, &before);
    std::fclose(tty);
    QString text = QString::fromLocal8Bit(line);
    line.fill('\0');
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}
} // namespace

std::optional<QString> SecretPrompt::read(const char *variable, const QString &prompt, bool confirm, QTextStream &err)
{
    if (qEnvironmentVariableIsSet(variable)) {
        const QString value = qEnvironmentVariable(variable);
        if (value.isEmpty()) {
            err << tr("%1 is set but empty.").arg(QString::fromLatin1(variable)) << '\n';
            return std::nullopt;
        }
        return value;
    }
    auto first = readHidden(prompt, err);
    if (!first) {
        err << tr("No terminal to ask on: set %1 instead.").arg(QString::fromLatin1(variable)) << '\n';
        return std::nullopt;
    }
    if (first->isEmpty()) {
        err << tr("Nothing was typed.") << '\n';
        return std::nullopt;
    }
    if (confirm) {
        auto again = readHidden(tr("Again: "), err);
        if (!again || *again != *first) {
            err << tr("The two did not match. Nothing was changed.") << '\n';
            return std::nullopt;
        }
    }
    return first;
}

} // namespace Kohtaamo::Cli
