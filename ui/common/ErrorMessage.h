#pragma once

#include "common/Error.h"

#include <QCoreApplication>

class QWidget;

namespace Kohtaamo {

// Shows an error the core returned: what the user tried, the core's translated message, and the technical detail
// behind "Show Details…". The same text goes to the log (stderr), so a support request can quote it.
class ErrorMessage
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::ErrorMessage)
public:
    // summary says what could not be done ("Kohtaamo could not open the database.").
    static void show(QWidget *parent, const QString &summary, const Error &error);
    // Only logs; for modes without a visible window (screenshots).
    static void log(const QString &summary, const Error &error);
};

} // namespace Kohtaamo
