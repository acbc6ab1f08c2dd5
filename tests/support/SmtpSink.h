#pragma once

// A real SMTP server on loopback for the mail tests: tests/mail/smtp_sink.py (python3-aiosmtpd) started with
// QProcess. It saves every message it receives as <dir>/<n>.eml and refuses them while <dir>/refuse exists.
// KOHTAAMO_PYTHON3 and KOHTAAMO_MAIL_TEST_DIR are set by tests/CMakeLists.txt.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace Kohtaamo::Test {

class SmtpSink
{
public:
    // Starts the server (`options`: --starttls or --tls, --auth USER:PASSWORD; see smtp_sink.py); error() says why
    // not.
    bool start(const QStringList &options = {})
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(KOHTAAMO_PYTHON3),
                         QStringList { QStringLiteral(KOHTAAMO_MAIL_TEST_DIR "/smtp_sink.py"), m_dir->path() }
                             + options);
        if (!m_process->waitForStarted(10000)) {
            m_error = QStringLiteral("python3 did not start: ") + m_process->errorString();
            return false;
        }
        while (!m_process->canReadLine()) {
            if (!m_process->waitForReadyRead(15000)) {
                m_error = QStringLiteral("the SMTP server did not start: ")
                    + QString::fromUtf8(m_process->readAllStandardError());
                return false;
            }
        }
        const QByteArray line = m_process->readLine().trimmed();
        if (!line.startsWith("PORT ")) {
            m_error = QStringLiteral("unexpected first line of the SMTP server: ") + QString::fromUtf8(line);
            return false;
        }
        m_port = line.mid(5).toInt();
        return m_port > 0;
    }

    // Stops the server (its standard input closes); the messages received stay in dir() until the next start().
    void stop()
    {
        if (!m_process)
            return;
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    ~SmtpSink() { stop(); }

    int port() const { return m_port; }
    QString url() const { return QStringLiteral("smtp+plain://127.0.0.1:%1").arg(m_port); }
    QString dir() const { return m_dir ? m_dir->path() : QString(); }
    QString caFile() const { return dir() + QStringLiteral("/cert.pem"); } // with --starttls or --tls
    QString error() const { return m_error; }

    void refuse(bool on, const QByteArray &answer = {})
    {
        QFile f(dir() + QStringLiteral("/refuse"));
        if (on) {
            f.open(QIODevice::WriteOnly);
            f.write(answer);
        } else {
            f.remove();
        }
    }

    // The messages received so far, in order.
    QStringList received() const
    {
        QStringList files;
        for (int n = 1;; ++n) {
            const QString path = dir() + QStringLiteral("/%1.eml").arg(n);
            if (!QFile::exists(path))
                return files;
            files << path;
        }
    }

    // tests/mail/check_ics.py on these files: what Python's e-mail parser and python3-icalendar read in them.
    static QJsonArray parse(const QStringList &files, QString *error)
    {
        QProcess p;
        p.start(QStringLiteral(KOHTAAMO_PYTHON3),
                QStringList { QStringLiteral(KOHTAAMO_MAIL_TEST_DIR "/check_ics.py") } + files);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            *error = QString::fromUtf8(p.readAllStandardError());
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace Kohtaamo::Test
