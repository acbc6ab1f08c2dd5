#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Kohtaamo {

// A file with personal data that Kohtaamo writes for the user (a subject access export): readable and writable by
// its owner only from the first byte (created under a private umask, then written), and whole or not at all
// (QSaveFile: a failed write leaves any earlier file as it was).
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::PrivateFile)
public:
    static Status write(const QString &path, const QByteArray &bytes);
};

} // namespace Kohtaamo
